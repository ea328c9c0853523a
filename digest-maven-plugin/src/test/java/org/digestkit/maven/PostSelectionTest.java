package org.digestkit.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which posts a goal hands to the {@code digest} command. */
class PostSelectionTest {
  @TempDir
  Path dir;
  Path posts;

  @BeforeEach
  void tree() throws Exception {
    posts = dir.resolve("posts");
    for (String name : List.of("a.md", "b.markdown", "notes.txt", "2026/c.md", "2026/07/d.md", "drafts/e.md")) {
      Path file = posts.resolve(name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, "---\ntitle: x\n---\n");
    }
  }

  private List<String> select(List<File> roots, List<String> includes, List<String> excludes) throws Exception {
    return new PostSelection(roots, includes, excludes).arguments().stream()
        .map(p -> posts.relativize(Path.of(p).toAbsolutePath()).toString().replace(File.separatorChar, '/'))
        .toList();
  }

  @Test
  void withoutPatternsAFolderIsHandedOverWhole() throws Exception {
    List<String> args = new PostSelection(List.of(posts.toFile()), null, null).arguments();
    assertThat(args).hasSize(1);
    assertThat(Path.of(args.get(0)).toAbsolutePath()).isEqualTo(posts.toAbsolutePath().normalize());
  }

  @Test
  void pathsBelowTheWorkingDirectoryAreRelativeToIt() throws Exception {
    Path below = Path.of("target", "selection-test");
    Files.createDirectories(below);
    assertThat(new PostSelection(List.of(below.toAbsolutePath().toFile()), null, null).arguments())
        .containsExactly(below.toString());
  }

  @Test
  void missingPathsAreLeftOut() throws Exception {
    assertThat(new PostSelection(List.of(dir.resolve("nothing").toFile()), null, null).arguments()).isEmpty();
  }

  @Test
  void excludesNarrowTheDefaultIncludes() throws Exception {
    assertThat(select(List.of(posts.toFile()), null, List.of("drafts/**")))
        .containsExactly("2026/07/d.md", "2026/c.md", "a.md");
  }

  @Test
  void includesAreAntPatternsRelativeToTheFolder() throws Exception {
    assertThat(select(List.of(posts.toFile()), List.of("*.md"), null)).containsExactly("a.md");
    assertThat(select(List.of(posts.toFile()), List.of("2026/**/*.md"), null))
        .containsExactly("2026/07/d.md", "2026/c.md");
    assertThat(select(List.of(posts.toFile()), List.of("**/*.md", "**/*.markdown"), List.of("2026/")))
        .containsExactly("a.md", "b.markdown", "drafts/e.md");
  }

  @Test
  void linksMetWhileWalkingAreNotFollowed() throws Exception {
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Files.writeString(outside.resolve("x.md"), "x");
    Files.createSymbolicLink(posts.resolve("linked"), outside);
    Files.createSymbolicLink(posts.resolve("link.md"), outside.resolve("x.md"));
    assertThat(select(List.of(posts.toFile()), List.of("**/*.md"), null))
        .containsExactly("2026/07/d.md", "2026/c.md", "a.md", "drafts/e.md");
  }
}
