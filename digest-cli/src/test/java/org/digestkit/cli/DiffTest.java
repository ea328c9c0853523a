package org.digestkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fix --dry-run}'s diffs apply with {@code git apply} and {@code patch -p1} and give the fixed text. */
class DiffTest {
  @TempDir
  Path dir;

  @Test
  void hunksHaveContextBeforeAndAfterAndCloseChangesShareAHunk() {
    String before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n16\n17\n18\n19\n20\n";
    String after = before.replace("\n5\n", "\nfive\n").replace("\n8\n", "\neight\n").replace("\n18\n", "\n");
    assertThat(Diff.unified("p.md", before, after)).isEqualTo("""
        --- a/p.md
        +++ b/p.md
        @@ -2,10 +2,10 @@
         2
         3
         4
        -5
        +five
         6
         7
        -8
        +eight
         9
         10
         11
        @@ -15,6 +15,5 @@
         15
         16
         17
        -18
         19
         20
        """);
    assertThat(Diff.unified("p.md", before, before)).isEmpty();
  }

  @Test
  void aMissingFinalNewlineIsMarked() {
    assertThat(Diff.unified("p.md", "a\nb", "a\nc\n")).isEqualTo("""
        --- a/p.md
        +++ b/p.md
        @@ -1,2 +1,2 @@
         a
        -b
        \\ No newline at end of file
        +c
        """);
  }

  @Test
  void seededRandomEditsApplyWithGitApplyAndPatch() throws Exception {
    assumeTrue(available("git", "--version") && available("patch", "--version"), "git and patch are needed");
    Random random = new Random(20261206L);
    for (int round = 0; round < 60; round++) {
      String before = randomText(random);
      String after = edit(before, random);
      if (after.equals(before)) {
        continue;
      }
      String diff = Diff.unified("posts/p.md", before, after);
      String tool = round % 2 == 0 ? "git" : "patch";
      String applied = apply(tool, before, diff);
      assertThat(applied).as("round %d with %s:%n%s", round, tool, diff).isEqualTo(after);
    }
  }

  @Test
  void fixDryRunOutputAppliesToThePostAndGivesWhatFixWrites() throws Exception {
    assumeTrue(available("git", "--version") && available("patch", "--version"), "git and patch are needed");
    String post = "---\r\ntitle: 示例\r\n---\r\n# 示例\r\n\r\n## 模型\r\n\r\n### [甲](https://example.com/a)\r\n\r\n"
        + "**深度解读 & 洽察：**\r\n成本下降\r\n\r\n1\r\n\r\n2\r\n\r\n3\r\n\r\n4\r\n\r\n推出**协同工程（CE）**技术。";
    Path posts = Files.createDirectories(dir.resolve("work/posts"));
    Path p = posts.resolve("p.md");
    Files.writeString(p, post);
    Cli dry = Cli.run("fix", "--dry-run", p.toString());
    assertThat(dry.exit()).as(dry.err()).isZero();
    assertThat(Cli.run("fix", p.toString()).exit()).isZero();
    String fixed = Files.readString(p);
    assertThat(fixed).isNotEqualTo(post);
    String diff = dry.out().replace("a/" + p, "a/posts/p.md").replace("b/" + p, "b/posts/p.md");
    for (String tool : List.of("git", "patch")) {
      assertThat(apply(tool, post, diff)).as(tool + "\n" + diff).isEqualTo(fixed);
    }
  }

  /** Applies {@code diff} with {@code tool} to a fresh {@code posts/p.md} holding {@code before}. */
  private String apply(String tool, String before, String diff) throws Exception {
    Path work = Files.createTempDirectory(dir, tool);
    Path file = Files.createDirectories(work.resolve("posts")).resolve("p.md");
    Files.writeString(file, before, StandardCharsets.UTF_8);
    Path patch = Files.writeString(work.resolve("change.diff"), diff, StandardCharsets.UTF_8);
    List<String> command = tool.equals("git")
        ? List.of("git", "apply", "--whitespace=nowarn", patch.toString())
        : List.of("patch", "-p1", "--quiet", "--batch", "-i", patch.toString());
    Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(tool + " says: " + output).isZero();
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private static String randomText(Random random) {
    StringBuilder out = new StringBuilder();
    int lines = random.nextInt(40);
    String ending = random.nextInt(4) == 0 ? "\r\n" : "\n";
    for (int i = 0; i < lines; i++) {
      out.append(line(random)).append(ending);
    }
    if (random.nextInt(4) == 0) {
      out.append(line(random)); // no final line break
    }
    return out.toString();
  }

  private static String line(Random random) {
    // few distinct lines, so that equal lines recur and the edit script has choices to make
    String[] words = {"", "- x", "## 模型", "**深度解读 & 洞察：**", "text", "  indented", "1. one"};
    return words[random.nextInt(words.length)];
  }

  private static String edit(String text, Random random) {
    List<String> lines = new ArrayList<>(Diff.lines(text));
    int edits = 1 + random.nextInt(5);
    for (int e = 0; e < edits; e++) {
      int at = lines.isEmpty() ? 0 : random.nextInt(lines.size() + 1);
      switch (random.nextInt(3)) {
        case 0 -> lines.add(Math.min(at, lines.size()), line(random) + "\n");
        case 1 -> {
          if (at < lines.size()) {
            lines.remove(at);
          }
        }
        default -> {
          if (at < lines.size()) {
            String old = lines.get(at);
            String end = old.endsWith("\r\n") ? "\r\n" : old.endsWith("\n") ? "\n" : "";
            lines.set(at, line(random) + "!" + end);
          }
        }
      }
    }
    // an inserted line before a last line without a break keeps the text well-formed: only the last may lack one
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      out.append(i < lines.size() - 1 && !l.endsWith("\n") ? l + "\n" : l);
    }
    return out.toString();
  }

  private static boolean available(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}
