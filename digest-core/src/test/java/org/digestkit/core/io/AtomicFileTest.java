package org.digestkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link AtomicFile}: in full or not at all, keeping what the replaced file was, never renaming over a special file. */
class AtomicFileTest {
  @TempDir
  Path dir;

  private static final byte[] NEW = "new\n".getBytes(StandardCharsets.UTF_8);

  @Test
  void aCommittedFileReplacesTheOldOneOnlyAtTheCommit() throws IOException {
    Path file = Files.writeString(dir.resolve("report.txt"), "old");
    try (AtomicFile out = AtomicFile.open(file)) {
      out.stream().write(NEW);
      out.stream().close(); // has no effect: the commit still writes
      assertThat(Files.readString(file)).as("not before the commit").isEqualTo("old");
      out.commit();
    }
    assertThat(Files.readAllBytes(file)).isEqualTo(NEW);
    assertThat(names()).containsExactly("report.txt");
  }

  @Test
  void closedWithoutCommitOrFailingMidwayTheTargetIsAsItWasAndNoTemporaryFileIsLeft() throws IOException {
    Path file = Files.writeString(dir.resolve("post.md"), "old");
    try (AtomicFile out = AtomicFile.open(file)) {
      out.stream().write("half a rep".getBytes(StandardCharsets.UTF_8));
    }
    assertThatThrownBy(() -> {
      try (AtomicFile out = AtomicFile.open(file)) {
        out.stream().write(NEW);
        throw new IOException("disk full");
      }
    }).hasMessage("disk full");
    assertThatThrownBy(() -> {
      try (AtomicFile out = AtomicFile.open(file)) {
        out.stream().write(NEW);
        out.commit(f -> {
          throw new IOException(f.getFileName() + ": changed meanwhile");
        });
      }
    }).hasMessage("post.md: changed meanwhile");
    assertThat(Files.readString(file)).isEqualTo("old");
    assertThat(names()).containsExactly("post.md");
  }

  @Test
  void aNewFileGetsTheModeThePlainCreationOfAFileGetsUnderTheUmask() throws IOException {
    Path plain = Files.createFile(dir.resolve("plain"));
    Path made = dir.resolve("made");
    AtomicFile.write(made, NEW);
    assertThat(mode(made)).isEqualTo(mode(plain)).isNotEqualTo(0600);
  }

  @Test
  void aNewFileUnderUmask027IsMode0640() throws Exception {
    Path made = dir.resolve("made.txt");
    Process p = new ProcessBuilder("sh", "-c", "umask 027 && exec \"$0\" -cp \"$1\" " + WriteProbe.class.getName()
        + " \"$2\"", Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        System.getProperty("java.class.path"), made.toString()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(output).isZero();
    assertThat(Files.readString(made)).isEqualTo("probe\n");
    assertThat(mode(made)).isEqualTo(0640);
  }

  @Test
  void aJvmStoppedBeforeTheCommitLeavesNoTemporaryFile() throws Exception {
    Path file = Files.writeString(dir.resolve("post.md"), "old");
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), WriteProbe.class.getName(), file.toString(), "hold").start();
    try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(),
        StandardCharsets.UTF_8))) {
      assertThat(lines.readLine()).isEqualTo("written");
      assertThat(names()).hasSize(2).contains("post.md"); // the temporary file, uncommitted
      p.destroy(); // SIGTERM: shutdown hooks run
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(names()).containsExactly("post.md");
    assertThat(Files.readString(file)).isEqualTo("old");
  }

  @Test
  void aReplacedFileKeepsItsModeIncludingSetIdBits() throws IOException {
    for (int mode : new int[] {0644, 0600, 0640, 0664, 04755, 0200}) {
      Path file = Files.writeString(dir.resolve("m" + Integer.toOctalString(mode)), "old");
      Files.setAttribute(file, "unix:mode", mode);
      AtomicFile.write(file, NEW);
      assertThat(mode(file)).as(Integer.toOctalString(mode)).isEqualTo(mode);
      assertThat(Files.readAllBytes(file)).isEqualTo(NEW);
    }
  }

  @Test
  void aReplacedFileKeepsItsOwnerAndGroup() throws IOException {
    assumeTrue(isRoot(), "only root can hand a file to another user");
    Path file = Files.writeString(dir.resolve("theirs.md"), "old");
    Files.setAttribute(file, "unix:uid", 4321);
    Files.setAttribute(file, "unix:gid", 1234);
    Files.setAttribute(file, "unix:mode", 0664);
    AtomicFile.write(file, NEW);
    assertThat(Files.getAttribute(file, "unix:uid")).isEqualTo(4321);
    assertThat(Files.getAttribute(file, "unix:gid")).isEqualTo(1234);
    assertThat(mode(file)).isEqualTo(0664);
    assertThat(Files.readAllBytes(file)).isEqualTo(NEW);
  }

  @Test
  void aReadOnlyFileIsRefusedEvenForRoot() throws IOException {
    for (int mode : new int[] {0444, 0400, 0555}) {
      Path file = Files.writeString(dir.resolve("ro" + Integer.toOctalString(mode) + ".md"), "old");
      Files.setAttribute(file, "unix:mode", mode);
      assertThatThrownBy(() -> AtomicFile.write(file, NEW))
          .hasMessage(file + ": is read-only (mode 0" + Integer.toOctalString(mode) + "); not replaced");
      assertThat(Files.readString(file)).isEqualTo("old");
      assertThat(mode(file)).isEqualTo(mode);
    }
    assertThat(names()).containsExactlyInAnyOrder("ro444.md", "ro400.md", "ro555.md");
  }

  @Test
  void aFileWithHardLinksIsRefusedSoTheLinksStayOneFile() throws IOException {
    Path file = Files.writeString(dir.resolve("post.md"), "old");
    Path other = Files.createLink(dir.resolve("other.md"), file);
    assertThatThrownBy(() -> AtomicFile.write(other, NEW))
        .hasMessage(other + ": has 2 hard links; replacing it would split them; not replaced");
    assertThat(Files.isSameFile(file, other)).isTrue();
    assertThat(Files.readString(file)).isEqualTo("old");
    assertThat(names()).containsExactlyInAnyOrder("post.md", "other.md");
  }

  @Test
  void aCharacterDeviceIsWrittenThroughNeverReplaced() throws Exception {
    Path nul = dir.resolve("null");
    assumeTrue(run("mknod", "-m", "666", nul.toString(), "c", "1", "3") == 0, "cannot make a device here");
    AtomicFile.write(nul, NEW);
    try (AtomicFile out = AtomicFile.open(nul)) {
      out.stream().write(NEW);
      out.commit();
    }
    assertThat(Files.readAttributes(nul, "unix:mode").get("mode")).isEqualTo(0020666);
    assertThat(Files.size(nul)).isZero();
    assertThat(names()).containsExactly("null");
  }

  @Test
  void aNamedPipeIsWrittenThroughToItsReader() throws Exception {
    Path fifo = dir.resolve("fifo");
    assumeTrue(run("mkfifo", fifo.toString()) == 0, "cannot make a named pipe here");
    CompletableFuture<byte[]> reader = CompletableFuture.supplyAsync(() -> {
      try (InputStream in = Files.newInputStream(fifo)) {
        return in.readAllBytes();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    AtomicFile.write(fifo, NEW);
    assertThat(reader.get(60, TimeUnit.SECONDS)).isEqualTo(NEW);
    assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
    assertThat(names()).containsExactly("fifo");
  }

  @Test
  void aFolderIsRefused() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("out"));
    assertThatThrownBy(() -> AtomicFile.write(folder, NEW)).hasMessage(folder + ": is a folder; not written");
    assertThatThrownBy(() -> AtomicFile.write(dir.resolve("missing/x.txt"), NEW))
        .hasMessage(dir.resolve("missing/x.txt") + ": cannot be written: the folder " + dir.resolve("missing")
            + " does not exist");
    assertThat(names()).containsExactly("out");
  }

  @Test
  void aSymbolicLinkIsFollowedAndStaysALink() throws IOException {
    Path real = Files.writeString(Files.createDirectory(dir.resolve("real")).resolve("post.md"), "old");
    Files.setAttribute(real, "unix:mode", 0640);
    Path link = Files.createSymbolicLink(dir.resolve("link.md"), real);
    AtomicFile.write(link, NEW);
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readAllBytes(real)).isEqualTo(NEW);
    assertThat(mode(real)).isEqualTo(0640);
    Path dangling = Files.createSymbolicLink(dir.resolve("dangling.md"), dir.resolve("nowhere.md"));
    assertThatThrownBy(() -> AtomicFile.write(dangling, NEW))
        .hasMessage(dangling + ": is a symbolic link to a file that does not exist; not written");
    assertThat(names()).containsExactlyInAnyOrder("real", "link.md", "dangling.md");
  }

  private List<String> names() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).toList();
    }
  }

  private static int mode(Path file) throws IOException {
    return (Integer) Files.getAttribute(file, "unix:mode") & 07777;
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static int run(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    return p.waitFor(60, TimeUnit.SECONDS) ? p.exitValue() : -1;
  }
}
