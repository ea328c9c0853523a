package org.digestkit.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.digestkit.core.Digest;
import org.digestkit.core.Posts;
import org.digestkit.render.DigestRenderers;
import org.digestkit.render.RenderOptions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The page's table of contents is valid nested lists, and each entry reads as its heading and points at it. */
class TableOfContentsTest {

  static List<Path> posts() {
    return Posts.all();
  }

  /** Every list is in the nav or in an item, holds only items, and each entry's text and link match a heading. */
  private static void assertValidToc(Document page) {
    Element nav = page.selectFirst("nav.toc");
    Elements headings = page.select("article > h2, article > h3, article > h4");
    if (headings.isEmpty()) {
      assertThat(nav).isNull();
      return;
    }
    assertThat(nav).isNotNull();
    for (Element ul : nav.select("ul")) {
      assertThat(ul.parent().tagName()).as("parent of a list").isIn("nav", "li");
      assertThat(ul.children()).allSatisfy(c -> assertThat(c.tagName()).isEqualTo("li"));
    }
    assertThat(nav.children()).hasSize(1);
    List<String> entryTexts = new ArrayList<>();
    List<String> entryTargets = new ArrayList<>();
    for (Element li : nav.select("li")) {
      Element a = li.selectFirst("> a");
      String own = a != null ? a.text() : li.ownText();
      entryTexts.add(own);
      entryTargets.add(a == null ? "" : a.attr("href"));
    }
    assertThat(entryTexts).isEqualTo(headings.eachText());
    List<String> ids = new ArrayList<>();
    for (Element h : headings) {
      ids.add(h.id().isEmpty() ? "" : "#" + h.id());
    }
    assertThat(entryTargets).isEqualTo(ids);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("posts")
  void everyPostsTableOfContentsIsValidAndReadsAsItsHeadings(Path post) throws Exception {
    Digest d = Digest.parse(post);
    for (HeadingIdStyle style : HeadingIdStyle.values()) {
      String html = DigestRenderers.forFormat("html-page", RenderOptions.defaults().withHeadingIds(style)).render(d);
      assertValidToc(Jsoup.parse(html));
    }
  }

  @Test
  void generatedLevelOrdersNestValidly() {
    Random random = new Random(7);
    String[] texts = {"条目", "a  b", "`code` 与 <b>", "**粗体** [链接](https://a.example/)", "![图](https://i.example/x.png) 图后",
        "&amp; &lt;", "x\u3000", "&", "  多 空格 ", "emoji 👨‍👩‍👧"};
    for (int n = 0; n < 300; n++) {
      StringBuilder md = new StringBuilder("---\ntitle: t\n---\n# t\n\n");
      int headings = 1 + random.nextInt(10);
      for (int i = 0; i < headings; i++) {
        md.append("#".repeat(2 + random.nextInt(3))).append(' ').append(texts[random.nextInt(texts.length)])
            .append("\n\n正文\n\n");
      }
      Digest d = Digest.parse(md.toString());
      for (HeadingIdStyle style : HeadingIdStyle.values()) {
        assertValidToc(Jsoup.parse(DigestRenderers.forFormat("html-page",
            RenderOptions.defaults().withHeadingIds(style)).render(d)));
      }
    }
  }

  @Test
  void aDeeperHeadingNestsInsideTheItemBeforeIt() {
    StringBuilder out = new StringBuilder();
    StandardPageTemplate.toc(List.of(new TocEntry(2, "a", "a"), new TocEntry(4, "b", "b"), new TocEntry(3, "c", ""),
        new TocEntry(2, "d", "d")), out);
    assertThat(out.toString()).isEqualTo("<ul>\n<li><a href=\"#a\">a</a>\n<ul>\n<li><a href=\"#b\">b</a></li>\n"
        + "<li>c</li>\n</ul>\n</li>\n<li><a href=\"#d\">d</a></li>\n</ul>\n");
  }
}
