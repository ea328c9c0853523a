package org.digestkit.core.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.digestkit.core.LineSoup;
import org.digestkit.core.Posts;
import org.digestkit.core.generate.DigestGenerator;
import org.junit.jupiter.api.Test;

/**
 * {@link FastMarkdown} builds the tree commonmark-java builds (node types, nesting, literals, link destinations,
 * heading levels, list markers, start numbers and tightness) and so the same HTML: on every post, the fixtures,
 * generated posts and seeded line soups; and its fast path carries most real bodies.
 */
class FastMarkdownTest {
  private static final FastMarkdown FAST = FastMarkdown.withLimits(10_000, 100, 100);
  private static final Parser COMMONMARK = Parser.builder()
      .extensions(List.of(TablesExtension.builder().maxCells(10_000).build()))
      .maxOpenBlockParsers(100).maxInlineNesting(100).build();
  private static final HtmlRenderer HTML =
      HtmlRenderer.builder().extensions(List.of(TablesExtension.create())).build();

  /** Checks one input; true when the fast path took it. */
  static boolean check(String markdown) {
    Node fast = FAST.parseFast(markdown);
    Node expected = COMMONMARK.parse(markdown);
    Node actual = fast != null ? fast : FAST.parse(markdown);
    assertThat(TreeDump.dump(actual)).as("tree of:\n%s", markdown).isEqualTo(TreeDump.dump(expected));
    assertThat(HTML.render(actual)).isEqualTo(HTML.render(expected));
    if (fast != null) {
      assertThat(spans(fast)).as("source spans left").isZero();
    }
    return fast != null;
  }

  private static int spans(Node n) {
    int count = n.getSourceSpans().size();
    for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
      count += spans(c);
    }
    return count;
  }

  @Test
  void sameTreeOnEveryPost() throws IOException {
    for (Path p : Posts.all()) {
      String text = Files.readString(p);
      check(Posts.body(text));
      check(text);
    }
  }

  @Test
  void mostPostsTakeTheFastPath() {
    // real posts: two in three at least; without the corpus, generated ones, which hold the forms the fast path
    // hands over far more often than real posts do (the generator seeks out edge forms): two in five
    List<String> posts = Posts.realOrGenerated();
    long fast = posts.stream().filter(text -> check(Posts.body(text))).count();
    assertThat(fast).as("post bodies on the fast path, of %d", posts.size())
        .isGreaterThanOrEqualTo(Posts.corpus() != null ? posts.size() * 2L / 3 : posts.size() * 2L / 5);
  }

  @Test
  void tightLimitsLeaveTheTextToCommonmark() {
    String nested = "- a\n  - b\n    - c\n      - d\n";
    FastMarkdown tight = FastMarkdown.withLimits(10_000, 3, 100);
    assertThat(tight.parseFast(nested)).isNull();
    Parser limited = Parser.builder().extensions(List.of(TablesExtension.create())).maxOpenBlockParsers(3).build();
    assertThat(TreeDump.dump(tight.parse(nested))).isEqualTo(TreeDump.dump(limited.parse(nested)));
    assertThat(FAST.parseFast(nested)).isNotNull();
  }

  @Test
  void sameTreeOnGeneratedPosts() {
    int fast = 0;
    for (String post : new DigestGenerator(43).markdown(300)) {
      if (check(Posts.body(post))) {
        fast++;
      }
    }
    // FastBlocks reads all 300; about half hold a table, which the fast path leaves to commonmark-java
    assertThat(fast).isGreaterThanOrEqualTo(300 / 3);
  }

  private static final String[] LINES = {"", "", "", "text", "更多文字 **加粗：**说明", "**影响：** 后", "# h1",
      "## 2. 标题 ##", "### [标题](https://a.b/c)", "#### closing #", "# #", "## a ## b", "#nohead", "- item",
      "- [t](u)：desc", "* star", "+ plus", "  - nested", "    - deeper", "   - three", " - one", "1. one", "2. two",
      "1) paren", "10. ten", "3. three", "  continued", "   more", "    four spaces", "      six", "---", "***",
      "* * *", "___", "--", "<div class=\"x\">", "</div>", "  <p>in</p>", "> quote", "```", "`code` text",
      "| a | b |", "|---|---|", "a | b", "[x]: /url", "[x](y) text", "trailing  ", "tab\tin", "a_b", "&amp; x",
      "**bold** and **more**", "  text after item", "     indented text", "- **k：** v", "1. [a](https://x/)",
      " ---", "  * * *  ", "   ___"};

  @Test
  void sameTreeOnLineSoup() {
    Random rnd = new Random(20261130);
    int fast = 0;
    int runs = 30_000;
    for (int run = 0; run < runs; run++) {
      if (check(LineSoup.next(rnd, LINES))) {
        fast++;
      }
    }
    assertThat(fast).as("line soups on the fast path, of %d", runs).isGreaterThan(runs / 10);
  }
}
