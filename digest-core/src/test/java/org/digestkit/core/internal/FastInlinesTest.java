package org.digestkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.digestkit.core.Posts;
import org.digestkit.core.generate.DigestGenerator;
import org.digestkit.core.markdown.TreeDump;
import org.junit.jupiter.api.Test;

/**
 * A parser with {@link FastInlines} builds the tree commonmark-java's own inline parser builds, and so
 * renders the same HTML: on every post, generated posts and seeded text soups full of trailing spaces, tabs and
 * inline syntax. Also checks that the shortcut is taken for a good share of real blocks.
 */
class FastInlinesTest {
  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
  private static final Parser COMMONMARK = Parser.builder().extensions(EXTENSIONS).build();
  private static final Parser SHORTCUT =
      Parser.builder().extensions(EXTENSIONS).inlineParserFactory(FastInlines.FACTORY).build();
  private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(EXTENSIONS).build();

  private static void check(String markdown) {
    Node expected = COMMONMARK.parse(markdown);
    Node actual = SHORTCUT.parse(markdown);
    assertThat(TreeDump.dump(actual)).as("tree of:\n%s", markdown).isEqualTo(TreeDump.dump(expected));
    assertThat(HTML.render(actual)).isEqualTo(HTML.render(expected));
  }

  @Test
  void sameTreeOnEveryPost() throws Exception {
    for (Path post : Posts.all()) {
      check(Files.readString(post));
    }
  }

  @Test
  void sameTreeOnGeneratedPosts() {
    DigestGenerator generator = new DigestGenerator(42);
    for (String post : generator.markdown(200)) {
      check(post);
    }
  }

  @Test
  void sameTreeOnTextSoup() {
    String[] pieces = {"word", "中文", " ", "  ", "\t", "\n", "\n", "  \n", "   \n", "\t\n", " \t\n", "- ", "1. ",
        "# ", "> ", "| a |", "---", "*", "_", "**", "`", "\\", "&amp;", "<b>", "[x](https://a/)", "!", "]", "[",
        "    ", "\n\n", "：", "a_b", "\u00A0", "\u3000", "#", "=", "\r\n", "**", "**", "**x**", "[t](https://x/y)",
        "[t](u", "[](u)", "[a]()", "](", "(", ")", "& ", "&x", "&#1;", "!", "![i](u)", "，", "。", "\"", "***",
        "[**b**](u)", "[a](b c)", "[a](<b>)", "[a](b \"t\")", "*", "😀", "\uD83D", "[a](b\u0085c)", "\u0085"};
    Random random = new Random(11);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder s = new StringBuilder();
      int n = 1 + random.nextInt(14);
      for (int k = 0; k < n; k++) {
        s.append(pieces[random.nextInt(pieces.length)]);
      }
      check(s.toString());
    }
  }

  @Test
  void sameTreeOnDigestShapedSoup() {
    String[] words = {"文本", "word", " ", "：", "，", "。", "（", "）", "\"", "-", "2.0", "AI"};
    String[] marks = {"**", "[", "](https://example.com/a?b=1)", "]", "(", ")", "\n", "  \n", "&", "!"};
    Random random = new Random(12);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder s = new StringBuilder(random.nextBoolean() ? "- " : random.nextBoolean() ? "### " : "");
      int n = 1 + random.nextInt(12);
      for (int k = 0; k < n; k++) {
        s.append(random.nextInt(3) == 0 ? marks[random.nextInt(marks.length)] : words[random.nextInt(words.length)]);
      }
      check(s.toString());
    }
  }

  @Test
  void aLineEndingInMarkupEndsSoftlyWhateverTheLineBeforeHad() {
    // found by FastMarkdownTest: trailing spaces count only for the line whose text they end
    check("trailing  \n**bold** and **more**\n**影响：** 后");
    check("a  \n[b](https://x/)  \nc");
  }

  @Test
  void takesTheShortcutForPlainBlocks() {
    Node doc = SHORTCUT.parse("plain line  \nnext line\t\n\n# heading\n\n- **item：** [a](https://x/)\n");
    assertThat(TreeDump.dump(doc)).isEqualTo("""
        Document
          Paragraph
            Text [plain line]
            HardLineBreak
            Text [next line]
          Heading h1
            Text [heading]
          BulletList tight=true marker=-
            ListItem
              Paragraph
                StrongEmphasis
                  Text [item：]
                Text [ ]
                Link https://x/ null
                  Text [a]
        """);
  }
}
