package org.digestkit.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.digestkit.core.Digest;
import org.digestkit.render.html.PageTemplate;
import org.digestkit.render.html.HeadingIdStyle;
import org.digestkit.render.html.Slugs;
import org.digestkit.render.telegram.TelegramRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RELIABILITY.md §8 items 29–38 in safe mode, heading ids, budgets. */
class SafetyTest {
  private static Digest post(String body) {
    return Digest.parse("---\ntitle: 示例\ndate: 2026-07-02\n---\n# 示例\n\n## 节\n\n" + body + "\n");
  }

  private static void assertInert(String html) {
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("script, iframe, form, object, embed, style:not(head style), meta[http-equiv=refresh]"))
        .isEmpty();
    for (Element e : doc.getAllElements()) {
      e.attributes().forEach(a -> {
        assertThat(a.getKey()).doesNotStartWith("on");
        String v = a.getValue().strip().toLowerCase(java.util.Locale.ROOT);
        assertThat(v).doesNotStartWith("javascript:").doesNotStartWith("data:").doesNotStartWith("vbscript:")
            .doesNotStartWith("//");
      });
    }
  }

  @Test
  void safeStructureSurvivesTheSafelist() {
    String html = DigestRenderers.forFormat("html").render(post(
        "a\n\n***\n\n| x | y |\n|:--|--:|\n| 1 | 2 |\n\n```java\nint i;\n```"));
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("hr")).hasSize(1);
    assertThat(doc.select("th").eachAttr("align")).containsExactly("left", "right");
    assertThat(doc.select("code").attr("class")).isEqualTo("language-java");
  }

  @Test
  void aRefusedUrlLeavesItsElementWithoutTheAttribute() {
    String html = DigestRenderers.forFormat("html").render(post(
        "[bad](javascript:alert(1)) [good](https://example.org/a) ![insecure](http://example.org/i.png)"));
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("a:contains(bad)").first().hasAttr("href")).isFalse();
    assertThat(doc.select("a:contains(good)").attr("href")).isEqualTo("https://example.org/a");
    assertThat(doc.select("img[alt=insecure]").first().hasAttr("src")).isFalse();
    assertThat(html).doesNotContain("href=\"\"").doesNotContain("src=\"\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "[x](javascript:alert(1))", "[x](JaVaScRiPt:alert(1))", "[x](java&#09;script:alert(1))",
      "[x](&#106;avascript:alert(1))", "<javascript:alert(1)>", "[x][r]\n\n[r]: javascript:alert(1)",
      "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", "![x](data:image/svg+xml,<svg onload=alert(1)>)",
      "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<svg/onload=alert(1)>",
      "<details open ontoggle=alert(1)>", "<iframe src=https://evil.example/></iframe>", "<form action=x><input></form>",
      "<meta http-equiv=refresh content=\"0;url=https://evil.example/\">", "<style>body{display:none}</style>",
      "[x](/u \"t\\\" onmouseover=\\\"alert(1)\")", "![\" onerror=\"x](y)", "[x](//evil.example/)"})
  void xssVectorsAreInertInHtml(String vector) {
    Digest d = post(vector);
    for (String format : List.of("html", "html-page")) {
      String html = DigestRenderers.forFormat(format).render(d);
      assertInert(html);
      assertThat(html.toLowerCase(java.util.Locale.ROOT)).doesNotContain("<script").doesNotContain("href=\"javascript");
    }
    String fragment = DigestRenderers.forFormat("html").render(d);
    Safelist safelist = Safelist.relaxed().addTags("article", "footer")
        .addAttributes(":all", "id", "rel", "loading", "class").preserveRelativeLinks(true);
    assertThat(new org.jsoup.safety.Cleaner(safelist).isValid(Jsoup.parseBodyFragment(fragment, "https://site.example/")))
        .as(fragment).isTrue();
  }

  @Test
  void relativeLinksSurviveTheCleaningPass() {
    String html = DigestRenderers.forFormat("html").render(post("[关于](/about)"));
    assertThat(Jsoup.parse(html).select("a[href=/about]")).hasSize(1);
  }

  @Test
  void pageTitleIsEscapedAndThePageHasACsp() {
    Digest d = Digest.parse("---\ntitle: \"</title><script>alert(1)</script>\"\n---\n# x\n");
    String page = DigestRenderers.forFormat("html-page").render(d);
    assertInert(page);
    assertThat(page).contains("&lt;/title&gt;&lt;script&gt;");
    assertThat(Jsoup.parse(page).select("meta[http-equiv=Content-Security-Policy]").attr("content"))
        .startsWith("default-src 'none'; img-src https:; style-src 'sha256-").doesNotContain("unsafe");
  }

  @Test
  void footerIsEscapedUnlessTrusted() {
    Digest d = Digest.parse("---\ntitle: t\n---\n# t\n\n## s\n\n正文\n\n---\n\n<div onclick=\"x()\">card</div>");
    String safe = DigestRenderers.forFormat("html").render(d);
    assertInert(safe);
    assertThat(safe).contains("&lt;div onclick");
    String trusted = DigestRenderers.forFormat("html", RenderOptions.defaults().withTrustedFooter(true)).render(d);
    assertThat(trusted).contains("<div onclick=\"x()\">card</div>");
  }

  @Test
  @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a hang catcher, not a speed test
  void linkReferenceAmplificationHitsTheBudget() {
    // the checklist's input: 100,000 references are over the inline guard's delimiter budget, so they stay text
    String body = "[a]: /" + "x".repeat(2000) + "\n\n" + "[a] ".repeat(100_000);
    assertThat(DigestRenderers.forFormat("html").render(post(body)).length()).isLessThan(1_000_000);
    // fewer references to a longer destination: the output budget stops it
    String fewer = "[a]: /" + "x".repeat(50_000) + "\n\n" + "[a] ".repeat(900);
    assertThatThrownBy(() -> DigestRenderers.forFormat("html").render(post(fewer)))
        .isInstanceOf(RenderException.class).hasMessageContaining("budget");
  }

  @Test
  @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a hang catcher, not a speed test
  void wideTablesHitTheBudget() {
    StringBuilder t = new StringBuilder("|" + " h |".repeat(1000) + "\n|" + " - |".repeat(1000) + "\n");
    for (int i = 0; i < 999; i++) {
      t.append("| x |\n");
    }
    // the parser's cell limit stops it first, with a position
    assertThatThrownBy(() -> post(t.toString())).isInstanceOf(org.digestkit.core.DigestParseException.class)
        .hasMessageContaining("cells");
    // a table within the parse limits still cannot exceed the render budget
    StringBuilder small = new StringBuilder("|" + " h |".repeat(100) + "\n|" + " - |".repeat(100) + "\n");
    for (int i = 0; i < 99; i++) {
      small.append("| x |\n");
    }
    assertThatThrownBy(() -> DigestRenderers.forFormat("html", RenderOptions.defaults().withMaxOutputChars(50_000))
        .render(post(small.toString()))).isInstanceOf(RenderException.class);
  }

  @Test
  void headingIdsAreCjkFriendlyAndUnique() {
    Slugs s = new Slugs(HeadingIdStyle.GITHUB);
    assertThat(s.next("模型与产品：新版本 发布")).isEqualTo("模型与产品新版本-发布");
    assertThat(s.next("OpenAI GPT-5.1 Release!")).isEqualTo("openai-gpt-51-release");
    assertThat(s.next("模型与产品：新版本 发布")).isEqualTo("模型与产品新版本-发布-1");
    assertThat(s.next("模型与产品：新版本 发布")).isEqualTo("模型与产品新版本-发布-2");
    assertThat(s.next("！？")).isEmpty();
    assertThat(HeadingIdStyle.GITHUB.slug("snake_case and  two  spaces")).isEqualTo("snake_case-and--two--spaces");
    String html = DigestRenderers.forFormat("html-page").render(post("### [条目](https://a.example/)\n\n正文\n\n### 条目\n\n正文"));
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("h2").attr("id")).isEqualTo("节");
    assertThat(doc.select("h3").eachAttr("id")).containsExactly("条目", "条目-1");
    assertThat(doc.select("nav.toc a").eachAttr("href")).containsExactly("#节", "#条目", "#条目-1");
  }

  @Test
  void telegramEscapesAndSplitsWithoutBreakingTags() {
    Digest d = Digest.parse("---\ntitle: \"<b>&*_[\"\n---\n# t\n\n## s\n\n### [条目 <i>](https://a.example/?a=1&b=2)\n\n"
        + ("很长的正文。".repeat(800) + "\n\n") + "### 第二条\n\n- [链接](javascript:alert(1))\n");
    List<String> messages = new TelegramRenderer().messages(d);
    assertThat(messages.get(0)).startsWith("<b>&lt;b&gt;&amp;*_[</b>");
    assertThat(String.join("", messages)).contains("<a href=\"https://a.example/?a=1&amp;b=2\">条目 &lt;i&gt;</a>")
        .doesNotContain("javascript");
    assertThat(messages).hasSizeGreaterThan(1).allSatisfy(m -> {
      assertThat(m.length()).isLessThanOrEqualTo(4096);
      assertThat(Jsoup.parseBodyFragment(m).body().html()).isNotNull();
      assertThat(m.chars().filter(c -> c == '<').count()).isEqualTo(m.chars().filter(c -> c == '>').count());
      assertThat(m).doesNotEndWith("&").doesNotEndWith("&amp");
    });
    List<String> small = new TelegramRenderer(100).messages(d);
    assertThat(small).allSatisfy(m -> assertThat(m.length()).isLessThanOrEqualTo(100));
  }

  @Test
  void feedsStayWellFormedWithIllegalCharacters() throws Exception {
    Digest d = Digest.parse("---\ntitle: \"a]]>b\"\ndate: 2026-07-02\n---\n# a]]>b\n\n## s\n\n正文\u0001 \uFFFE ]]> end\n");
    String rss = DigestRenderers.forFormat("rss", RenderOptions.defaults().withSite("https://blog.example.org/", "b",
        p -> "p/")).render(List.of(d));
    DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(rss.getBytes(StandardCharsets.UTF_8)));
    assertThat(rss).doesNotContain("\u0001").contains("a]]&gt;b");
  }

  @Test
  void jsonInHtmlIsSafeToEmbed() {
    String json = DigestRenderers.forFormat("json").render(
        Digest.parse("---\ntitle: \"</script>\u2028\"\n---\n# x\n"));
    assertThat(json).contains("</script>");
    assertThat(PageTemplate.escape(json)).doesNotContain("</script>");
  }
}
