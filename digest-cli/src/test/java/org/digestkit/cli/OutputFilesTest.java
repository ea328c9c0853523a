package org.digestkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file a command writes with {@code -o} ({@code validate}'s report, {@code convert}, {@code new},
 * {@code render}): never renamed over a device or pipe, a new file's mode from the umask, a replaced file's mode
 * kept, a read-only or hard-linked target refused with exit 2.
 */
class OutputFilesTest {
  @TempDir
  Path dir;

  private Path post;

  @BeforeEach
  void post() throws IOException {
    post = Files.writeString(dir.resolve("post.md"), "---\ntitle: t\ndate: 2026-07-02\n---\n# t\n\n## 甲\n\n"
        + "### [a](https://e.org/a)\n\n- x\n");
  }

  @Test
  void aCharacterDeviceStaysADevice() throws Exception {
    Path nul = dir.resolve("null");
    assumeTrue(run("mknod", "-m", "666", nul.toString(), "c", "1", "3") == 0, "cannot make a device here");
    for (List<String> command : List.of(List.of("validate", "-o", nul.toString(), post.toString()),
        List.of("validate", "--format", "sarif", "-o", nul.toString(), post.toString()),
        List.of("convert", "--to", "json", "-o", nul.toString(), post.toString()),
        List.of("new", "--title", "x", "-o", nul.toString()))) {
      Cli r = Cli.run(command.toArray(String[]::new));
      assertThat(r.exit()).as(command + ": " + r.err()).isIn(0, 1);
      assertThat(Files.getAttribute(nul, "unix:mode")).as(command.toString()).isEqualTo(0020666);
    }
    assertThat(names()).containsExactlyInAnyOrder("post.md", "null");
  }

  @Test
  void aNamedPipeGetsTheReportAndStaysAPipe() throws Exception {
    Path fifo = dir.resolve("fifo");
    assumeTrue(run("mkfifo", fifo.toString()) == 0, "cannot make a named pipe here");
    CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
      try (InputStream in = Files.newInputStream(fifo)) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    Cli r = Cli.run("validate", "--format", "json", "-o", fifo.toString(), post.toString());
    assertThat(reader.get(60, TimeUnit.SECONDS)).contains("\"path\"");
    assertThat(r.exit()).as(r.err()).isIn(0, 1);
    assertThat(Files.isRegularFile(fifo)).isFalse();
    assertThat(names()).containsExactlyInAnyOrder("post.md", "fifo");
  }

  @Test
  void aNewOutputHasTheUmasksModeAndAReplacedOneKeepsItsMode() throws Exception {
    Path plain = Files.createFile(dir.resolve("plain"));
    Path report = dir.resolve("report.txt");
    Cli.run("validate", "-o", report.toString(), post.toString());
    assertThat(mode(report)).isEqualTo(mode(plain)).isNotEqualTo(0600);
    for (int kept : new int[] {0644, 0640, 0600, 0666}) {
      Files.setAttribute(report, "unix:mode", kept);
      Cli.run("validate", "-o", report.toString(), post.toString());
      assertThat(mode(report)).isEqualTo(kept);
      Path json = dir.resolve("post.json");
      Cli.run("convert", "--to", "json", "-o", json.toString(), post.toString());
      Files.setAttribute(json, "unix:mode", kept);
      Cli.run("convert", "--to", "json", "-o", json.toString(), post.toString());
      assertThat(mode(json)).isEqualTo(kept);
      Path out = Files.createDirectories(dir.resolve("html"));
      Cli.run("render", "--format", "html", "-o", out.toString(), post.toString());
      Path page = out.resolve("post.html");
      Files.setAttribute(page, "unix:mode", kept);
      Cli.run("render", "--format", "html", "-o", out.toString(), post.toString());
      assertThat(mode(page)).isEqualTo(kept);
    }
  }

  @Test
  void underUmask027TheCommandCreates0640() throws Exception {
    Path report = dir.resolve("report.txt");
    Path created = dir.resolve("new.md");
    Process p = new ProcessBuilder("sh", "-c", "umask 027 && \"$0\" -cp \"$1\" org.digestkit.cli.Main validate -o \"$2\""
        + " \"$3\"; \"$0\" -cp \"$1\" org.digestkit.cli.Main new --title x -o \"$4\"",
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), System.getProperty("java.class.path"),
        report.toString(), post.toString(), created.toString()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(output).contains("created " + created);
    assertThat(mode(report)).isEqualTo(0640);
    assertThat(mode(created)).isEqualTo(0640);
  }

  @Test
  void aReadOnlyHardLinkedOrFolderTargetIsRefusedWithExitTwoAndLeftAsItWas() throws Exception {
    Path ro = Files.writeString(dir.resolve("ro.txt"), "old");
    Files.setAttribute(ro, "unix:mode", 0444);
    Path linked = Files.writeString(dir.resolve("linked.txt"), "old");
    Files.createLink(dir.resolve("other.txt"), linked);
    Path folder = Files.createDirectory(dir.resolve("folder"));
    String[][] cases = {
        {ro.toString(), ro + ": is read-only (mode 0444); not replaced"},
        {linked.toString(), linked + ": has 2 hard links; replacing it would split them; not replaced"},
        {folder.toString(), folder + ": is a folder; not written"}};
    for (String[] c : cases) {
      Cli validate = Cli.run("validate", "-o", c[0], post.toString());
      assertThat(validate.exit()).isEqualTo(2);
      assertThat(validate.err()).isEqualTo("digest: " + c[1] + "\n");
      Cli convert = Cli.run("convert", "--to", "json", "-o", c[0], post.toString());
      assertThat(convert.exit()).isEqualTo(2);
      assertThat(convert.err()).isEqualTo("digest: " + c[1] + "\n");
    }
    assertThat(Files.readString(ro)).isEqualTo("old");
    assertThat(Files.readString(linked)).isEqualTo("old");
    assertThat(names()).containsExactlyInAnyOrder("post.md", "ro.txt", "linked.txt", "other.txt", "folder");
  }

  @Test
  void newNeverOverwritesAFile() throws Exception {
    Cli r = Cli.run("new", "--title", "x", "-o", post.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("digest: " + post + ": already exists; not overwritten\n");
    assertThat(Files.readString(post)).startsWith("---\ntitle: t\n");
  }

  @Test
  void aReportThroughASymbolicLinkReplacesTheFileItLeadsTo() throws Exception {
    Path real = Files.writeString(Files.createDirectory(dir.resolve("reports")).resolve("r.json"), "old");
    Path link = Files.createSymbolicLink(dir.resolve("latest.json"), real);
    Cli r = Cli.run("validate", "--format", "json", "-o", link.toString(), post.toString());
    assertThat(r.exit()).as(r.err()).isIn(0, 1);
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).contains("\"path\"");
  }

  private List<String> names() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).toList();
    }
  }

  private static int mode(Path file) throws IOException {
    return (Integer) Files.getAttribute(file, "unix:mode") & 07777;
  }

  private static int run(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    return p.waitFor(60, TimeUnit.SECONDS) ? p.exitValue() : -1;
  }
}
