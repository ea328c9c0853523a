package org.digestkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which posts a command line names: links named are followed, links met while walking are skipped (ripgrep and
 * fd's convention), {@code .markdown} files are posts, and a path that yields no post is an error (exit 2),
 * however it yields none.
 */
class PathArgumentsTest {
  @TempDir
  Path dir;

  private static final String CLEAN = "---\ntitle: t\ndate: 2026-07-02\n---\n# t\n\n## 甲\n\n### [a](https://e.org/a)\n\n"
      + "- x\n";
  private Path posts;

  @BeforeEach
  void posts() throws IOException {
    posts = Files.createDirectories(dir.resolve("site/posts"));
    Files.writeString(posts.resolve("a.md"), CLEAN);
    Files.writeString(posts.resolve("b.markdown"), CLEAN);
    Files.writeString(posts.resolve("notes.txt"), "not a post");
  }

  @Test
  void aSymlinkedFolderNamedOnTheCommandLineIsFollowed() throws Exception {
    Path link = Files.createSymbolicLink(dir.resolve("posts"), posts);
    Cli r = Cli.run("validate", "--format", "json", link.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("\"path\" : \"" + link.resolve("a.md") + "\"")
        .contains("\"path\" : \"" + link.resolve("b.markdown") + "\"").doesNotContain("notes.txt");
  }

  @Test
  void aSymlinkedFileNamedOnTheCommandLineIsFollowed() throws Exception {
    Path link = Files.createSymbolicLink(dir.resolve("latest.md"), posts.resolve("a.md"));
    Cli r = Cli.run("validate", link.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).endsWith(" of 1 file\n");
  }

  @Test
  void linksMetWhileWalkingAreSkippedSilently() throws Exception {
    Path outside = Files.writeString(Files.createDirectories(dir.resolve("outside")).resolve("bad.md"),
        "---\ntitle: [oops\n---\n");
    Files.createSymbolicLink(posts.resolve("bad-link.md"), outside);
    Files.createSymbolicLink(posts.resolve("outside-folder"), outside.getParent());
    Files.createSymbolicLink(posts.resolve("loop"), posts);
    Files.createSymbolicLink(posts.resolve("dangling.md"), dir.resolve("nowhere.md"));
    Cli r = Cli.run("validate", dir.resolve("site").toString());
    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).endsWith(" of 2 files\n").doesNotContain("bad").doesNotContain(": error");
  }

  @Test
  void aGlobExpandsAsTheShellWould() throws Exception {
    Files.createSymbolicLink(posts.resolve("c.md"), posts.resolve("a.md"));
    Cli r = Cli.run("validate", "--format", "json", posts + "/*.md");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("a.md").contains("c.md").doesNotContain("b.markdown");
  }

  @Test
  void anEmptyFolderAFolderWithoutPostsAndAGlobMatchingNothingAreAllExitTwo() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Path other = Files.createDirectories(dir.resolve("other"));
    Files.writeString(other.resolve("readme.txt"), "x");
    String[][] cases = {
        {empty.toString(), empty + ": no posts (*.md, *.markdown) in this folder"},
        {other.toString(), other + ": no posts (*.md, *.markdown) in this folder"},
        {empty + "/*.md", empty + "/*.md: no file matches"},
        {dir.resolve("missing.md").toString(), dir.resolve("missing.md") + ": no such file or folder"}};
    for (String command : new String[] {"validate", "fmt", "fix", "render"}) {
      for (String[] c : cases) {
        Cli r = command.equals("render") ? Cli.run(command, "--format", "html", c[0]) : Cli.run(command, c[0]);
        assertThat(r.exit()).as(command + " " + c[0]).isEqualTo(2);
        assertThat(r.err()).as(command + " " + c[0]).isEqualTo("digest: " + c[1] + "\n");
      }
      // the other paths are still processed
      Cli mixed = command.equals("render") ? Cli.run(command, "--format", "html", empty.toString(), posts.toString())
          : Cli.run(command, empty.toString(), posts.toString());
      assertThat(mixed.exit()).isEqualTo(2);
    }
  }

  @Test
  void aDanglingLinkOrASpecialFileNamedOnTheCommandLineIsExplained() throws Exception {
    Path dangling = Files.createSymbolicLink(dir.resolve("gone.md"), dir.resolve("nowhere.md"));
    Cli r = Cli.run("validate", dangling.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("digest: " + dangling + ": is a symbolic link to a file that does not exist\n");
  }

  @Test
  void noArgumentsPrintsUsageAndExitsTwo() {
    Cli r = Cli.run();
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("Usage: digest").contains("validate").contains("Exit codes:");
    assertThat(r.out()).isEmpty();
  }
}
