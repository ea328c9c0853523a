package org.digestkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every error says what failed and why, in words: no Java class names, temporary files or stack traces. */
class MessagesTest {
  @TempDir
  Path dir;

  private static final Pattern JAVA = Pattern.compile(
      "[A-Z][A-Za-z]+(Exception|Error|Constraints|Feature)\\b|\\.tmp\\b|\\tat [a-z]|java\\.|tools\\.jackson|Source:");

  @Test
  void theIssuesExamplesSayWhy() throws Exception {
    Path existing = Files.writeString(dir.resolve("existing.md"), "x");
    Path post = Files.writeString(dir.resolve("post.md"), "---\ntitle: t\n---\n# t\n");
    assertThat(Cli.run("new", "--title", "x", "-o", existing.toString()).err())
        .isEqualTo("digest: " + existing + ": already exists; not overwritten\n");
    assertThat(Cli.run("validate", "--config", dir.resolve("x.yaml").toString(), post.toString()).err())
        .isEqualTo("digest: cannot read " + dir.resolve("x.yaml") + ": no such file\n");
    Cli convert = Cli.run("convert", post.toString());
    assertThat(convert.exit()).isEqualTo(2);
    assertThat(convert.err()).isEqualTo("digest: " + post + ": looks like Markdown, not JSON; to convert Markdown to"
        + " JSON, add --to json\n");
  }

  @Test
  void noErrorNamesJavaOrATemporaryFile() throws Exception {
    Path post = Files.writeString(dir.resolve("post.md"), "---\ntitle: t\n---\n# t\n");
    Path hugeNumber = Files.writeString(dir.resolve("n.json"), "{\"title\": 1" + "0".repeat(5000) + "}");
    Path latin1 = Files.write(dir.resolve("l.json"), "{\"title\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));
    Path deep = Files.writeString(dir.resolve("d.json"), "[".repeat(5000));
    Path truncated = Files.writeString(dir.resolve("t.json"), "{\"title\": \"x\", \"sections\": [");
    Path badConfig = Files.writeString(dir.resolve("bad.yaml"), "rules: [unclosed\n");
    Path big = dir.resolve("big.json");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(50L << 20);
    }
    Path folder = Files.createDirectory(dir.resolve("folder"));
    List<String[]> commands = List.of(
        new String[] {"convert", hugeNumber.toString()},
        new String[] {"convert", latin1.toString()},
        new String[] {"convert", deep.toString()},
        new String[] {"convert", truncated.toString()},
        new String[] {"convert", big.toString()},
        new String[] {"convert", dir.resolve("missing.json").toString()},
        new String[] {"convert", folder.toString()},
        new String[] {"convert", "--to", "json", folder.toString()},
        new String[] {"convert", "--to", "yaml", post.toString()},
        new String[] {"validate", "--config", badConfig.toString(), post.toString()},
        new String[] {"validate", "--config", folder.toString(), post.toString()},
        new String[] {"validate", "-o", dir.resolve("no/such/folder.txt").toString(), post.toString()},
        new String[] {"fmt", big.toString()},
        new String[] {"render", "--format", "html", "-o", post.toString(), post.toString()},
        new String[] {"new", "--title", "x", "--date", "yesterday"},
        new String[] {"rules", "no-such-rule"});
    for (String[] command : commands) {
      Cli r = Cli.run(command);
      String what = String.join(" ", command) + " said: " + r.err();
      assertThat(r.exit()).as(what).isEqualTo(2);
      assertThat(r.err()).as(what).isNotBlank();
      assertThat(JAVA.matcher(r.err()).find()).as(what).isFalse();
    }
  }

  @Test
  void fileSystemErrorsAreWordsNamingTheFile() {
    assertThat(Errors.describe(new java.nio.file.AccessDeniedException("posts/a.md")))
        .isEqualTo("posts/a.md: permission denied");
    assertThat(Errors.describe(new java.nio.file.NoSuchFileException("x.yaml"))).isEqualTo("x.yaml: no such file or folder");
    assertThat(Errors.describe(new java.nio.file.FileSystemException("out", null, "Read-only file system")))
        .isEqualTo("out: read-only file system");
    assertThat(Errors.describe(new java.io.UncheckedIOException(new java.nio.file.FileAlreadyExistsException("n.md")),
        "n.md")).isEqualTo("n.md: already exists");
    assertThat(Errors.describe(new java.nio.charset.MalformedInputException(1), "l.json"))
        .isEqualTo("l.json: not valid UTF-8");
    assertThat(Errors.describe(new IllegalStateException("Number value length (1001) exceeds the maximum allowed"
        + " (1000, from `StreamReadConstraints.getMaxNumberLength()`)")))
        .isEqualTo("Number value length (1001) exceeds the maximum allowed (1000)");
  }

  @Test
  void anOverLimitPostIsRefusedBeforeItIsReadEvenUnderASmallHeap() throws Exception {
    Path big = dir.resolve("big.md");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(200L << 20); // sparse: takes no disk
    }
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx48m",
        "-cp", System.getProperty("java.class.path"), "org.digestkit.cli.Main", "validate", big.toString())
        .redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(output).contains(big + ":1:1: error parse-error the post is larger than the limit")
        .doesNotContain("OutOfMemoryError");
    assertThat(p.exitValue()).isEqualTo(1);
  }

}
