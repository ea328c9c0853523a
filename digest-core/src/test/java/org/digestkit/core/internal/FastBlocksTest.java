package org.digestkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.digestkit.core.LineSoup;
import org.digestkit.core.Posts;
import org.digestkit.core.generate.DigestGenerator;
import org.junit.jupiter.api.Test;

/**
 * The fast block scanner builds the tree commonmark-java builds whenever it accepts a body: node types,
 * heading levels, nesting, the first and last line of every block and where each list item starts — all that
 * {@link BodyParser} reads from the tree. Checked on the corpus, the fixtures, generated posts and line soup.
 */
class FastBlocksTest {
  private static final Parser COMMONMARK = Parser.builder()
      .extensions(List.of(TablesExtension.create()))
      .includeSourceSpans(IncludeSourceSpans.BLOCKS)
      .inlineParserFactory(context -> (sourceLines, block) -> {})
      .build();

  /** The tree as BodyParser sees it. */
  static String dump(Node n) {
    StringBuilder out = new StringBuilder();
    dump(n, 0, out);
    return out.toString();
  }

  private static void dump(Node n, int depth, StringBuilder out) {
    out.append("  ".repeat(depth)).append(n.getClass().getSimpleName());
    if (n instanceof Heading h) {
      out.append(" h").append(h.getLevel());
    }
    List<SourceSpan> spans = n.getSourceSpans();
    if (!spans.isEmpty()) {
      out.append(" lines ").append(spans.get(0).getLineIndex()).append('-')
          .append(spans.get(spans.size() - 1).getLineIndex());
      if (n instanceof ListItem) {
        out.append(" at ").append(spans.get(0).getInputIndex());
      }
    }
    out.append('\n');
    if (n instanceof TableBlock) {
      return; // BodyParser reads a table's cells from its lines
    }
    for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
      dump(c, depth + 1, out);
    }
  }

  /** Checks one input; true when the fast scanner accepted it. */
  static boolean check(String text) {
    Node fast = FastBlocks.parse(text, 10_000);
    if (fast == null) {
      return false;
    }
    assertThat(dump(fast)).as("fast scanner tree of:\n%s", text).isEqualTo(dump(COMMONMARK.parse(text)));
    return true;
  }

  @Test
  void sameTreeOnEveryPostItAccepts() throws IOException {
    for (Path p : Posts.all()) {
      String text = Files.readString(p);
      check(Posts.body(text));
      check(text); // the whole file too: front matter fences read as breaks and setext headings
    }
  }

  @Test
  void theScannerCarriesMostPosts() {
    // the scanner must carry the common case, or it is dead weight (real posts, or without the corpus generated
    // ones; the fixtures are edge cases on purpose: CRLF, BOM, tabs)
    List<String> posts = Posts.realOrGenerated();
    long accepted = posts.stream().filter(text -> check(Posts.body(text))).count();
    assertThat(accepted).as("post bodies accepted, of %d", posts.size())
        .isGreaterThanOrEqualTo(posts.size() * 3L / 4);
  }

  @Test
  void sameTreeOnGeneratedPosts() {
    int accepted = 0;
    List<String> posts = new DigestGenerator(41).markdown(300);
    for (String post : posts) {
      if (check(Posts.body(post))) {
        accepted++;
      }
    }
    assertThat(accepted).isGreaterThanOrEqualTo(posts.size() * 3 / 4);
  }

  private static final String[] LINES = {"", "", "text", "更多文字 **加粗：**说明", "**影响：**", "# h1", "## 2. 标题",
      "### [标题](https://a.b/c)", "#nohead", "- item", "- [t](u)：desc", "* star", "+ plus", "  - nested",
      "    - deeper", "   - three", " - one", "1. one", "2. two", "1) paren", "10. ten", "  continued",
      "    four spaces", "      six", "---", "***", "* * *", "___", "- - -", "--", "-", "=", "===", "<div class=\"x\">",
      "</div>", "  <p>in</p>", "<span>", "<!-- c -->", "> quote", "```", "~~~", "`code` text", "| a | b |",
      "|---|---|", "a | b", "[x]: /url", "[x](y) text", "[unclosed", "  ", "\t- tab", "-  two spaces",
      "-      six spaces", "1.5 亿", "- ", "2026 年", "<DIV>", "<table>", "</td>", "<divx>", "  ## indented",
      "- # heading in item", "- > quote in item", "-\ttab", "*emph* start", "_u_", "  [x]: /y", "|:---|---:|",
      "     | --- |", "-  |", "- | --- |", "a |  ", "|---|  ", "| a | ",
      "| c |", "|--|--|", "    code | pipe", "- a | b", "# h | x", "1. | x |"};

  @Test
  void sameTreeOnLineSoup() {
    Random rnd = new Random(20261129);
    int accepted = 0;
    int runs = 30_000;
    for (int run = 0; run < runs; run++) {
      if (check(LineSoup.next(rnd, LINES))) {
        accepted++;
      }
    }
    assertThat(accepted).as("line soups accepted, of %d", runs).isGreaterThan(runs / 10); // the law above must be exercised, not only bailed out of
  }
}
