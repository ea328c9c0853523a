package org.digestkit.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.digestkit.core.Digest;
import org.digestkit.render.DigestRenderers;
import org.digestkit.render.RenderOptions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Heading ids in both styles: the blog's ({@code aicode}) against a transcription of its generator's steps, GitHub's
 * against github-slugger's character classes, on examples and seeded generated headings.
 */
class HeadingIdsTest {

  /** The blog generator's steps, one regular expression each, as its JavaScript does them. */
  private static String blogOracle(String text) {
    String s = text.toLowerCase(Locale.ROOT);
    s = s.replaceAll("[\\t\\n\\x0B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF]+", "-");
    s = s.replaceAll("[^A-Za-z0-9_\\u4E00-\\u9FA5-]", "");
    s = s.replaceAll("-+", "-");
    return s.replaceAll("^-|-$", "");
  }

  /** github-slugger: keep Alphabetic, marks, decimal digits, connector punctuation, joiners, '-' and ' '. */
  private static String githubOracle(String text) {
    return text.toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{IsAlphabetic}\\p{M}\\p{Nd}\\p{Pc}\\u200C\\u200D\\- ]", "").replace(' ', '-');
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "深度解读 & 洞察|深度解读-洞察|深度解读--洞察",
      "OpenAI GPT-5.1 Release!|openai-gpt-51-release|openai-gpt-51-release",
      "'  - 前后 -  '|前后|----前后----",
      "模型与产品：新版本 发布|模型与产品新版本-发布|模型与产品新版本-发布",
      "AI安全与治理|ai安全与治理|ai安全与治理",
      "snake_case and  two  spaces|snake_case-and-two-spaces|snake_case-and--two--spaces",
      "！？|''|''",
      "日本語のかな 한국어|日本語|日本語のかな-한국어",
      "龥龦 〇 㐀|龥|龥龦-〇-㐀",
      "Ünïcödé Straße|ncd-strae|ünïcödé-straße"})
  void examples(String heading, String blog, String github) {
    assertThat(HeadingIdStyle.AICODE.slug(heading)).isEqualTo(blog);
    assertThat(HeadingIdStyle.GITHUB.slug(heading)).isEqualTo(github);
  }

  @Test
  void whiteSpaceIsJavaScriptsNotJavas() {
    // JavaScript's \s has no-break spaces and U+FEFF; Java's isWhitespace has U+001C–U+001F instead; U+0085 and
    // U+180E are white space to neither
    for (char c : new char[] {'\u00A0', '\u2007', '\u202F', '\uFEFF', '\u3000', '\u2028', '\u000B', '\t'}) {
      assertThat(HeadingIdStyle.AICODE.slug("a" + c + "b")).as("U+%04X", (int) c).isEqualTo("a-b");
    }
    for (char c : new char[] {'\u001C', '\u001F', '\u0085', '\u180E', '\u200B'}) {
      assertThat(HeadingIdStyle.AICODE.slug("a" + c + "b")).as("U+%04X", (int) c).isEqualTo("ab");
    }
  }

  @Test
  void lowerCaseIsJavaScriptsFullMapping() {
    // İ lower-cases to i and a combining dot (dropped), the Kelvin sign to k; Greek is dropped whatever its case
    assertThat(HeadingIdStyle.AICODE.slug("İSTANBUL \u212Aelvin ΟΔΟΣ")).isEqualTo("istanbul-kelvin");
    assertThat(HeadingIdStyle.GITHUB.slug("ΟΔΟΣ")).isEqualTo("οδος");
  }

  @Test
  void repeatsAreNumberedAsEachStyleDoes() {
    Slugs blog = new Slugs(HeadingIdStyle.AICODE);
    assertThat(List.of(blog.next("更多动态"), blog.next("更多 动态"), blog.next("更多动态"), blog.next("&"),
        blog.next("&"), blog.next("更多动态-2")))
        .containsExactly("更多动态", "更多-动态", "更多动态-2", "", "", "更多动态-2");
    Slugs github = new Slugs(HeadingIdStyle.GITHUB);
    assertThat(List.of(github.next("a"), github.next("a-1"), github.next("a"), github.next("A"), github.next("&"),
        github.next("&"))).containsExactly("a", "a-1", "a-2", "a-3", "", "-1");
  }

  @Test
  void generatedHeadingsMatchTheOracles() {
    String[] pieces = {"a", "Z", "q", "0", "9", "_", "-", "--", " ", "  ", "\t", "\u00A0", "\u3000", "\u2003",
        "\uFEFF", "\u0085", "\u001F", "\u180E", "&", "：", "，", "!", "?", ".", "(", ")", "\"", "'", "/", "#",
        "一", "龥", "\u9FA6", "\u9FFF", "\u3400", "\uD840\uDC00", "か", "カ", "한", "Σ", "ς", "İ", "\u212A", "ß",
        "\u0301", "e\u0301", "😀", "👨\u200D👩\u200D👧", "\u200D", "\u200C", "Ⅻ", "²", "٣", "ǅ", "ﬃ", "Å"};
    Random random = new Random(20260306);
    for (int doc = 0; doc < 500; doc++) {
      Slugs blog = new Slugs(HeadingIdStyle.AICODE);
      Slugs github = new Slugs(HeadingIdStyle.GITHUB);
      Map<String, Integer> blogCounts = new HashMap<>();
      List<String> headings = new ArrayList<>();
      for (int h = 0; h < 12; h++) {
        if (!headings.isEmpty() && random.nextInt(4) == 0) {
          headings.add(headings.get(random.nextInt(headings.size()))); // a repeated heading
          continue;
        }
        StringBuilder text = new StringBuilder();
        int n = random.nextInt(8);
        for (int i = 0; i < n; i++) {
          text.append(pieces[random.nextInt(pieces.length)]);
        }
        headings.add(text.toString());
      }
      java.util.Set<String> githubIds = new java.util.HashSet<>();
      for (String heading : headings) {
        String expected = blogOracle(heading);
        assertThat(HeadingIdStyle.AICODE.slug(heading)).as("aicode %s", heading).isEqualTo(expected);
        int count = expected.isEmpty() ? 1 : blogCounts.merge(expected, 1, Integer::sum);
        assertThat(blog.next(heading)).isEqualTo(count == 1 ? expected : expected + "-" + count);
        assertThat(HeadingIdStyle.GITHUB.slug(heading)).as("github %s", heading).isEqualTo(githubOracle(heading));
        String id = github.next(heading);
        assertThat(githubIds.add(id)).as("unique github id %s", id).isTrue();
        assertThat(id).startsWith(githubOracle(heading));
      }
    }
  }

  @Test
  void styleNamesAreChecked() {
    assertThat(HeadingIdStyle.of("aicode")).isEqualTo(HeadingIdStyle.AICODE);
    assertThatThrownBy(() -> HeadingIdStyle.of("blog")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("github, aicode");
  }

  @Test
  void theHtmlUsesTheChosenStyle() {
    Digest d = Digest.parse("---\ntitle: t\n---\n# t\n\n## 深度解读 & 洞察\n\n正文\n\n## &\n\n正文\n\n## 深度解读 & 洞察\n\n正文\n");
    Document blog = Jsoup.parse(DigestRenderers.forFormat("html-page",
        RenderOptions.defaults().withHeadingIds(HeadingIdStyle.AICODE)).render(d));
    assertThat(blog.select("h2").eachAttr("id")).containsExactly("深度解读-洞察", "深度解读-洞察-2");
    assertThat(blog.select("h2").get(1).hasAttr("id")).as("an empty id is left out").isFalse();
    assertThat(blog.select("nav.toc li").eachText()).containsExactly("深度解读 & 洞察", "&", "深度解读 & 洞察");
    Document github = Jsoup.parse(DigestRenderers.forFormat("html").render(d));
    assertThat(github.select("h2").eachAttr("id")).containsExactly("深度解读--洞察", "深度解读--洞察-1");
  }
}
