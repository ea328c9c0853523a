package org.digestkit.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.digestkit.cli.Main;
import org.digestkit.core.Digest;
import org.digestkit.core.DigestParseException;
import org.digestkit.core.model.FrontMatterValue;
import org.digestkit.validate.DigestValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The items of RELIABILITY.md §8 not covered next to their code (see docs/RELIABILITY-CHECKLIST.md for where each
 * item is tested).
 */
class ChecklistTest {
  @TempDir
  Path dir;

  /** Item 7: no snakeyaml-engine {@code Load} (which has no nesting limit) anywhere in our code. */
  @Test
  void noSnakeYamlLoadPathExists() throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    try (Stream<Path> files = Files.walk(root)) {
      List<Path> sources = files.filter(p -> p.toString().endsWith(".java") && p.toString().contains("src/main"))
          .toList();
      assertThat(sources).isNotEmpty();
      for (Path p : sources) {
        String s = Files.readString(p);
        assertThat(s).as(p.toString()).doesNotContain("snakeyaml.engine.v2.api.Load")
            .doesNotContain("new org.yaml.snakeyaml.Yaml").doesNotContain("YAMLAnchorReplayingFactory");
      }
    }
  }

  /** Item 11: a huge exponent stays text and never becomes Infinity. */
  @Test
  void hugeNumbersStayText() {
    Digest d = Digest.parse("---\nn: 1e999999999\nm: 0.1e-999999\n---\n# x\n");
    assertThat(d.frontMatter().text("n")).contains("1e999999999");
    assertThat(d.frontMatter().text("m")).contains("0.1e-999999");
  }

  /**
   * Item 12: YAML 1.1 lookalikes keep their text; the canonical writer quotes them when it writes them anew, and
   * keeps an unchanged entry as written (re-spelling a scalar changes what it means to some reader).
   */
  @Test
  void yamlLookalikesKeepTheirTextAndAreQuotedWhenRewritten() {
    Digest d = Digest.parse("---\ncountry: NO\nflag: on\nzip: 012345\nver: 1.10\nx: ~\n---\n# x\n");
    assertThat(d.frontMatter().text("country")).contains("NO");
    assertThat(d.frontMatter().text("flag")).contains("on");
    assertThat(d.frontMatter().text("zip")).contains("012345");
    assertThat(d.frontMatter().text("ver")).contains("1.10");
    Digest edited = d.withFrontMatter(d.frontMatter()
        .with("country", new FrontMatterValue.Scalar("NO", org.digestkit.core.model.ScalarStyle.PLAIN))
        .with("ver", "1.20").with("zip", "054321").with("added", "on"));
    String canonical = edited.toCanonicalMarkdown();
    assertThat(canonical).contains("country: NO\n").contains("ver: \"1.20\"").contains("zip: \"054321\"")
        .contains("added: \"on\"").contains("flag: on\n");
    assertThat(Digest.parse(canonical).frontMatter().text("country")).contains("NO");
  }

  /** Item 13: a second {@code ---} ends the front matter; what follows is body, kept, not lost. */
  @Test
  void aSecondDocumentIsBodyTextNotSilentlyDropped() {
    String post = "---\na: 1\n---\nb: 2\n---\n";
    Digest d = Digest.parse(post);
    assertThat(d.frontMatter().keys()).containsExactly("a");
    assertThat(d.toMarkdown()).isEqualTo(post);
    assertThat(d.intro()).isNotEmpty();
  }

  /** Item 16: a lone surrogate is a positioned error (it is not text and cannot be written back). */
  @Test
  void loneSurrogateIsAPositionedError() {
    Throwable t = catchThrowable(() -> Digest.parse("---\ntitle: a\uD800b\n---\n# x\n"));
    assertThat(t).isInstanceOfSatisfying(DigestParseException.class, e -> {
      assertThat(e.code()).isEqualTo("lone-surrogate");
      assertThat(e.line()).isEqualTo(2);
      assertThat(e.column()).isEqualTo(9);
    });
  }

  /** Item 20: empty front matter parses, and validation reports the missing keys; unclosed is its own error. */
  @Test
  void emptyFrontMatterAndUnclosedFrontMatterAreDistinct() {
    Digest empty = Digest.parse("---\n---\n# x\n");
    assertThat(empty.frontMatter().entries()).isEmpty();
    // as a digest (a post this empty has no digest's shape, so say so)
    DigestValidator digests = DigestValidator.of(org.digestkit.validate.ValidationConfig.defaults()
        .withDigests(org.digestkit.validate.DigestSelection.all()));
    assertThat(digests.validate(empty).of("front-matter-required")).hasSize(2);
    Throwable t = catchThrowable(() -> Digest.parse("---\ntitle: x\n# x\n"));
    assertThat(t).isInstanceOfSatisfying(DigestParseException.class,
        e -> assertThat(e.code()).isEqualTo("front-matter-unclosed"));
  }

  /** Item 27: a BOM before the body's heading is stripped before CommonMark sees it. */
  @Test
  void bomBeforeAHeadingStillGivesAHeading() {
    Digest d = Digest.parse("\uFEFF# Title\n\n## s\n\ntext\n");
    assertThat(d.title()).isNotNull();
    assertThat(d.title().title()).isEqualTo("Title");
  }

  /** Items 43 and 45: a symlink loop does not hang; 10,000 posts with one bad post are all processed in order. */
  @Test
  @Timeout(value = 600, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a hang catcher, not a speed test
  void tenThousandPostsWithOneBadPostAndASymlinkLoop() throws IOException {
    Path posts = Files.createDirectories(dir.resolve("posts"));
    String good = "---\ntitle: t\ndate: 2026-07-02\n---\n# t\n\n## s\n\n### [a](https://e.example/a)\n\n正文。\n";
    for (int i = 0; i < 10_000; i++) {
      Files.writeString(posts.resolve(String.format("p%05d.md", i)), good);
    }
    Files.writeString(posts.resolve("p05000.md"), "---\ntitle: [broken\n---\n");
    Files.createSymbolicLink(posts.resolve("loop"), posts);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new String[] {"validate", "--format", "json", posts.toString()}, new PrintWriter(out, true),
        new PrintWriter(err, true));
    assertThat(exit).isEqualTo(1);
    String json = out.toString();
    assertThat(json).contains("\"files\" : 10000").contains("p05000.md").contains("parse-error");
    int first = json.indexOf("p00000.md");
    int middle = json.indexOf("p05000.md");
    int last = json.indexOf("p09999.md");
    assertThat(first).isLessThan(middle);
    assertThat(middle).isLessThan(last);
  }
}
