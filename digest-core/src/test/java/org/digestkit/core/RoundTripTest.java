package org.digestkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.digestkit.core.json.DigestJson;
import org.digestkit.core.model.RawBlock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Parsing then writing an unmodified post gives back the same bytes, for every real post and fixture. */
class RoundTripTest {

  static List<Path> posts() {
    return Posts.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("posts")
  void unmodifiedPostIsWrittenByteForByte(Path post) throws IOException {
    byte[] bytes = Files.readAllBytes(post);
    Digest digest = Digest.parse(bytes);
    String written = digest.toMarkdown();
    assertThat(written.getBytes(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(bytes);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("posts")
  void canonicalFormIsStableAndParsesToTheSameModel(Path post) throws IOException {
    Digest digest = Digest.parse(post);
    String canonical = digest.toCanonicalMarkdown();
    Digest reparsed = Digest.parse(canonical);
    assertThat(reparsed).isEqualTo(digest);
    assertThat(reparsed.toCanonicalMarkdown()).isEqualTo(canonical);
  }

  @Test
  void nestedFrontMatterValuesWithFlowIndicatorsAreQuotedWhenWrittenAnew() {
    Digest digest = Digest.parse("---\ntitle: t\nmeta:\n  a: 2026-01]_02\n  b: p, q\n  c: plain\n---\n# t\n");
    Digest viaJson = DigestJson.fromJson(DigestJson.toJson(digest)); // no source: the front matter written anew
    String written = viaJson.toCanonicalMarkdown();

    assertThat(written).contains("\"a\": \"2026-01]_02\"", "\"b\": \"p, q\"", "\"c\": plain");
    assertThat(Digest.parse(written).frontMatter().entries()).isEqualTo(digest.frontMatter().entries());
  }

  /** Canonical writing keeps a parsed front matter as written: re-spelling a scalar can change its YAML type. */
  @Test
  void canonicalFormKeepsTheFrontMatterAsWritten() {
    String frontMatter = "---\r\ntitle: Draft  # a comment\r\npublished: false\r\nweight: 3\r\nalias: ~\r\n"
        + "ver: 1.10\r\n# about the post\r\ndate: 2026-04-26 10:00:00 +08:00\r\nmeta: {a: 1}\r\n...\r\n";
    Digest digest = Digest.parse(frontMatter + "#  Draft\r\n\r\nHello.\r\n");

    assertThat(digest.toCanonicalMarkdown()).isEqualTo(frontMatter.replace("\r\n", "\n") + "# Draft\n\nHello.");
  }

  /** A TOML front matter (Hugo's {@code +++}) is kept as written: one raw block the canonical form does not touch. */
  @Test
  void aTomlFrontMatterIsKeptAsWritten() {
    String toml = "+++\ntitle = \"t\"\ntags = [\"a\", \"b\"]\n# comment\n[params]\n  cover = \"x.png\"\n- not list\n+++";
    Digest digest = Digest.parse(toml + "\n\n#  测试\n\n正文\n");

    assertThat(digest.intro()).singleElement().isInstanceOf(RawBlock.class);
    assertThat(digest.toCanonicalMarkdown()).isEqualTo(toml + "\n\n# 测试\n\n正文");
    assertThat(digest.readBackDifference()).isEmpty();
  }

  /** A post that is only its front matter reads back as itself in canonical form. */
  @Test
  void aPostOfOnlyFrontMatterReadsBack() {
    for (String post : new String[] {"---\ntitle: t\n---\n", "---\ntitle: t\n---", "---\n---\n", "---\ntitle: t\n---\n\n"}) {
      Digest digest = Digest.parse(post);
      assertThat(digest.readBackDifference()).as(post).isEmpty();
      assertThat(Digest.parse(digest.toCanonicalMarkdown())).as(post).isEqualTo(digest);
    }
  }
  /**
   * A one-line entry whose text starts on the line after its marker (indented 0–3, the text 0–3 past its content
   * column), alone or after a sibling, keeps its meaning when written canonically: the same model, and for
   * CommonMark the same kind of block (a paragraph, not indented code).
   */
  @Test
  void anEntryWhoseTextStartsOnTheNextLineKeepsItsMeaningInCanonicalForm() {
    for (String marker : new String[] {"-", "*", "1."}) {
      for (String sibling : new String[] {"", "- [乙](https://example.com/b)：说明\n"}) {
        for (int indent = 0; indent <= 3; indent++) {
          int content = indent + marker.length() + 1;
          for (int next = content; next <= content + 3; next++) {
            String post = "# T\n\n## 更多动态\n\n" + (marker.equals("1.") ? "" : sibling) + " ".repeat(indent)
                + marker + " \n" + " ".repeat(next) + "entry text\n";
            assertCanonicalFormKeepsMeaning(post);
          }
        }
      }
    }
  }

  /**
   * A fact bullet's continuation lines are held relative to its content column, so that written canonically —
   * at column 1, one space after the marker — a line inside the item (a heading, a paragraph line, a line
   * indented like code) stays what it was, wherever the list stood and however wide its marker was.
   */
  @Test
  void aBulletsContinuationLinesKeepTheirMeaningWhereverTheListIsWritten() {
    for (String marker : new String[] {"-", "*", "1.", "10."}) {
      for (int indent = 0; indent <= 3; indent++) {
        for (int after = 1; after <= 4; after++) {
          int content = indent + marker.length() + after;
          for (int past = 0; past <= 5; past++) {
            for (String line : new String[] {"### 小标题", "续行文字", "---"}) {
              String post = "# T\n\n## 一、新闻\n\n### [条目](https://example.com/a)\n\n" + " ".repeat(indent)
                  + marker + " ".repeat(after) + "事实\n" + " ".repeat(content + past) + line + "\n";
              assertCanonicalFormKeepsMeaning(post);
            }
          }
        }
      }
    }
  }

  /**
   * A lazy continuation line (left of the content column) is text; written at the content column, a line of
   * {@code --} or {@code ==} would underline the text before it as a heading, and a delimiter row make it a
   * table's header, so such a line stays at column 1.
   */
  @Test
  void aLazyContinuationLineStaysText() {
    for (String marker : new String[] {"-", "1."}) {
      for (int indent = 0; indent <= 3; indent++) {
        for (String line : new String[] {"续行文字", "--", "==", "===  ", "| --- | --- |", "--|--"}) {
          for (String section : new String[] {"## 一、新闻\n\n### [条目](https://example.com/a)", "## 更多动态"}) {
            String post = "# T\n\n" + section + "\n\n" + " ".repeat(indent) + marker + " 事实 | 数据\n" + line + "\n";
            assertCanonicalFormKeepsMeaning(post);
          }
        }
      }
    }
  }

  /**
   * A nested list that cannot interrupt its parent's paragraph — its first item empty, starting with a blank
   * line, or numbered other than 1 — came after a blank line, and still does when written canonically.
   */
  @Test
  void aNestedListThatCannotInterruptAParagraphKeepsItsBlankLine() {
    for (String child : new String[] {"-", "- \n      子项", "2. 子项", "1. 子项", "- 子项"}) {
      String post = "# T\n\n## 一、新闻\n\n### [条目](https://example.com/a)\n\n-   事实\n\n    " + child + "\n";
      assertCanonicalFormKeepsMeaning(post);
    }
  }

  @Test
  void aBulletsTextHoldsContinuationLinesRelativeToItsContentColumn() {
    Digest digest = Digest.parse("# T\n\n## 一、新闻\n\n### [条目](https://example.com/a)\n\n"
        + "   1.  事实\n         ### 小标题\n       续行\n  懒续行\n");
    org.digestkit.core.model.BulletList list =
        (org.digestkit.core.model.BulletList) digest.items().get(0).body().get(0);

    assertThat(list.bullets().get(0).text()).isEqualTo("事实\n  ### 小标题\n续行\n懒续行");
    assertThat(digest.toMarkdown()).endsWith("   1.  事实\n         ### 小标题\n       续行\n  懒续行\n");
    assertThat(digest.toCanonicalMarkdown()).endsWith("1. 事实\n     ### 小标题\n   续行\n   懒续行");
  }

  /**
   * A block after a list that starts with spaces stayed out of the list as read, because the last item's
   * content column was farther in; written canonically, that item gets the spaces after its marker that keep
   * the block out (a setext heading or paragraph indented 1–4), in a section, under a label and in a "more"
   * list.
   */
  @Test
  void anIndentedBlockAfterAListStaysOutOfItInCanonicalForm() {
    for (String marker : new String[] {"-", "1."}) {
      for (int after = 1; after <= 4; after++) {
        int content = marker.length() + after;
        for (int spaces = 1; spaces < content; spaces++) {
          for (String block : new String[] {"标题\n" + " ".repeat(spaces) + "---", "段落文字"}) {
            String[] lists = {
                "## 一、新闻\n\n" + marker + " ".repeat(after) + "事实\n",
                "## 一、新闻\n\n### [条目](https://example.com/a)\n\n**影响：**\n" + marker + " ".repeat(after)
                    + "事实\n",
                "## 更多动态\n\n" + marker + " ".repeat(after) + "[甲](https://example.com/a)：说明\n",
                "## 一、新闻\n\n" + marker + " ".repeat(after) + "- 事实\n"};
            for (String list : lists) {
              String post = "# T\n\n" + list + "\n" + " ".repeat(spaces) + block + "\n";
              assertCanonicalFormKeepsMeaning(post);
            }
          }
        }
      }
    }
  }

  /**
   * Where spaces after the last item's marker would change its text — it starts with indented code, on the next
   * line, or is empty — an indented list keeps its indentation instead, as far as the block after it needs.
   */
  @Test
  void anIndentedListWhoseLastItemCannotWidenKeepsTheBlockAfterItOut() {
    for (String marker : new String[] {"-", "1."}) {
      for (int indent = 1; indent <= 3; indent++) {
        String pad = " ".repeat(indent);
        String content = " ".repeat(indent + marker.length() + 1);
        String[] items = {
            pad + marker + "     代码\n",
            pad + marker + "\n" + content + "事实\n",
            pad + marker + "\n",
            pad + marker + " 事实\n" + pad + marker + "\n",
            pad + marker + " - 子项\n"};
        for (String item : items) {
          for (int spaces = 1; spaces <= indent + marker.length(); spaces++) {
            for (String section : new String[] {"## 一、新闻", "## 更多动态"}) {
              String post = "# T\n\n" + section + "\n\n" + item + "\n" + " ".repeat(spaces) + "标题\n"
                  + " ".repeat(spaces) + "---\n";
              assertCanonicalFormKeepsMeaning(post);
            }
          }
        }
      }
    }
  }

  /**
   * A list right after another list cannot be indented (it would nest in the list before): an empty last item
   * whose nested list starts on its line keeps that form, with the spaces after its marker the block after the
   * list needs.
   */
  @Test
  void anEmptyLastItemAfterAnotherListKeepsItsChildOnItsLine() {
    for (String marker : new String[] {"-", "1."}) {
      for (int after = 1; after <= 4; after++) {
        for (int spaces = 1; spaces < marker.length() + after; spaces++) {
          assertCanonicalFormKeepsMeaning("# T\n\n## 一、新闻\n\n+ 甲\n" + marker + " ".repeat(after) + "- 子项\n\n"
              + " ".repeat(spaces) + "标题\n" + " ".repeat(spaces) + "---\n");
        }
      }
    }
  }

  /** The same holds for an edit written losslessly: only the edited line changes, and the block stays out. */
  @Test
  void anEditedLastBulletKeepsTheIndentedBlockAfterItOut() {
    String post = "# T\n\n## 一、新闻\n\n### [条目](https://example.com/a)\n\n-  事实\n\n  标题\n  ---\n";
    Digest digest = Digest.parse(post);
    org.digestkit.core.model.Item item = digest.items().get(0);
    org.digestkit.core.model.BulletList list = (org.digestkit.core.model.BulletList) item.body().get(0);
    List<org.digestkit.core.model.Block> body = new java.util.ArrayList<>(item.body());
    body.set(0, list.withBullets(List.of(list.bullets().get(0).withText("新的事实"))));
    Digest edited = digest.replaceItem(item, item.withBody(body));

    assertThat(edited.toMarkdown()).isEqualTo(post.replace("-  事实", "-  新的事实"));
    assertThat(Digest.parse(edited.toMarkdown())).isEqualTo(edited);
  }

  /** An edited last entry of a "more" list: widened, never indented apart from the entries written as read. */
  @Test
  void anEditedLastEntryKeepsTheIndentedBlockAfterItOut() {
    String post = "# T\n\n## 更多动态\n\n-  [甲](https://example.com/a)：说明\n"
        + "-  [乙](https://example.com/b)：说明\n\n  标题\n  ---\n";
    Digest digest = Digest.parse(post);
    org.digestkit.core.model.Section more = digest.sections().get(0);
    org.digestkit.core.model.MoreList list = (org.digestkit.core.model.MoreList) more.elements().get(0);
    List<org.digestkit.core.model.MoreEntry> entries = new java.util.ArrayList<>(list.entries());
    entries.set(1, entries.get(1).withDescription("新的说明"));
    List<org.digestkit.core.model.SectionElement> elements = new java.util.ArrayList<>(more.elements());
    elements.set(0, new org.digestkit.core.model.MoreList(entries));
    Digest edited = digest.withSections(List.of(more.withElements(elements)));

    assertThat(edited.toMarkdown()).isEqualTo(post.replace("b)：说明", "b)：新的说明"));
    assertThat(Digest.parse(edited.toMarkdown())).isEqualTo(edited);
  }

  private static final org.commonmark.parser.Parser COMMONMARK = org.commonmark.parser.Parser.builder().build();

  /** Written canonically, the post reads back as the same model and as the same kinds of CommonMark blocks. */
  private static void assertCanonicalFormKeepsMeaning(String post) {
    Digest digest = Digest.parse(post);
    String canonical = digest.toCanonicalMarkdown();

    assertThat(Digest.parse(canonical)).as("%s", post).isEqualTo(digest);
    assertThat(blockKinds(COMMONMARK.parse(canonical))).as("%s\n->\n%s", post, canonical)
        .isEqualTo(blockKinds(COMMONMARK.parse(post)));
  }

  private static String blockKinds(org.commonmark.node.Node node) {
    StringBuilder out = new StringBuilder(node.getClass().getSimpleName());
    for (org.commonmark.node.Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof org.commonmark.node.Block) {
        out.append(" (").append(blockKinds(child)).append(')');
      }
    }
    return out.toString();
  }
}
