package org.digestkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.digestkit.core.markdown.MarkdownInline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever text a generator hands the builder, the post it builds reads back as built, or the builder says why
 * it cannot: seeded random texts over the characters that open Markdown blocks, escape, link and break lines.
 */
class BuilderPropertyTest {

  private static final String ALPHABET = "ab键 *_`[]()<>#-+1.!|:\\\n\t&;\"'~=：";

  static LongStream seeds() {
    return LongStream.range(0, 40);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aBuiltPostReadsBackAsBuiltOrIsRefused(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int built = 0;
    for (int n = 0; n < 250; n++) {
      String[] s = new String[8];
      for (int i = 0; i < s.length; i++) {
        s[i] = text(random);
      }
      int shape = random.nextInt(11);
      Digest digest;
      try {
        digest = build(shape, s);
      } catch (IllegalArgumentException | IllegalStateException refused) {
        // text, tables and entries are made to read back; only what cannot be one block is refused for them
        if (shape < 7) {
          assertThat(refused.getMessage()).as("shape %d, texts %s", shape, List.of(s))
              .doesNotContain("would read back as another one");
        }
        continue;
      }
      built++;
      String markdown = digest.toMarkdown();
      assertThat(Digest.parse(markdown)).as("seed %d, texts %s:%n%s", seed, List.of(s), markdown).isEqualTo(digest);
    }
    assertThat(built).isGreaterThan(150);
  }

  private static String text(SplittableRandom random) {
    StringBuilder b = new StringBuilder();
    int length = 1 + random.nextInt(8);
    for (int j = 0; j < length; j++) {
      b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return b.toString();
  }

  private static Digest build(int shape, String[] s) {
    DigestBuilder b = Digest.builder().title("t");
    switch (shape) {
      case 0 -> b.section(s[0], x -> x.item(s[1], "https://e.org/" + s[2], i -> i.fact(s[3]).paragraph(s[4])));
      case 1 -> b.section("sec", x -> x.item("h", null, i -> i.fact(s[0], s[1]).insight(s[2]).impact(s[3])));
      case 2 -> b.moreSection("更多动态", m -> m.entry(s[0], "https://e.org/" + s[1], s[2]));
      case 3 -> b.story(s[0], "https://e.org/x", i -> i.fact(s[1]).paragraph(s[2]));
      case 4 -> b.intro(s[0]).section("sec", x -> x.paragraph(s[1]).item("h", "https://e.org/" + s[2],
          i -> i.fact("f")));
      case 5 -> b.summary(List.of(s[0], s[1])).section("sec", x -> x.item(s[2], null, i -> i.fact("f")));
      case 6 -> b.title(s[0]).frontMatter("note", s[1]).category(s[2]).tags(s[3], s[4]).coverImage(s[5])
          .section(s[6], x -> x.item("h", s[7], i -> i.table(List.of(s[0], s[1]), List.of(List.of(s[2], s[3])))));
      case 7 -> b.section("sec", x -> x.item("h", null, i -> i.fact("f").labelled(s[0],
          org.digestkit.core.model.Paragraph.of("p"))));
      case 8 -> b.section("sec", x -> x.item("h", null, i -> i.fact("f"))).footer("<div>" + s[0] + "</div>");
      case 9 -> b.section("sec", x -> x.item("h", null, i -> i.fact("f"))).footer(s[0]);
      default -> b.moreSection("更多" + s[0], m -> m.entry("t", "https://e.org/", "d"));
    }
    return b.build();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "# 标题 | \\# 标题", "1. 第一点 | 1\\. 第一点", "- 列表 | \\- 列表", "> 引用 | \\> 引用", "--- | \\---",
      "'  前后空白  ' | 前后空白", "<div>块</div> | \\<div>块</div>", "[a]: https://e.org | \\[a]: https://e.org",
      "**加粗** 与 [链接](https://e.org) | **加粗** 与 [链接](https://e.org)", "#话题 | #话题", "2024年 | 2024年"})
  void aLineThatWouldOpenABlockIsEscapedAndEverythingElseKept(String text, String held) {
    assertThat(MarkdownInline.blockText(text)).isEqualTo(held);
    Digest d = Digest.builder().title("t").section("s", x -> x.item("h", null, i -> i.fact(text).paragraph(text)))
        .build();
    assertThat(d.items().get(0).facts().get(0).text()).isEqualTo(held);
    assertThat(Digest.parse(d.toMarkdown())).isEqualTo(d);
  }

  @Test
  void textWithABlankLineIsTwoBlocksAndRefused() {
    assertThatThrownBy(() -> MarkdownInline.blockText("一\n\n二")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blank line");
    assertThat(MarkdownInline.blockText("一\n  - 二\n")).isEqualTo("一\n\\- 二");
  }
}
