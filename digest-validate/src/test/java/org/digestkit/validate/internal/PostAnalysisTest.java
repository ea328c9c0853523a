package org.digestkit.validate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.digestkit.core.Digest;
import org.digestkit.core.markdown.MarkdownInline;
import org.digestkit.validate.spi.Position;
import org.junit.jupiter.api.Test;

/** The shared per-post facts agree with their plain definitions on generated text. */
public class PostAnalysisTest {
  private static final Pattern BARE_URL = Pattern.compile("https?://[^\\s<>()\\[\\]]+");
  /** A URL in the footer's HTML: as a bare URL, and a quote closes it (the end of an attribute value). */
  private static final Pattern FOOTER_URL = Pattern.compile("https?://[^\\s<>()\\[\\]\"']+");
  private static final String[] PIECES = {"http", "https", "://", "s://", "a", "b.c/d", " ", "\n", "\r", "\r\n",
      "(", ")", "[", "]", "<", ">", "\t", "\u000B", "\f", "模型", "x", "/", "\u0008", "\u200B", "\uFEFF", "\u0085",
      "\uFFFD", "#"};

  private static String randomText(Random rnd) {
    StringBuilder b = new StringBuilder();
    int n = rnd.nextInt(40);
    for (int i = 0; i < n; i++) {
      b.append(PIECES[rnd.nextInt(PIECES.length)]);
    }
    return b.toString();
  }

  @Test
  void bareUrlsAreWhatTheRegularExpressionFinds() {
    Random rnd = new Random(20261129);
    for (int seed = 0; seed < 5_000; seed++) {
      String s = randomText(rnd);
      List<String> expected = new ArrayList<>();
      Matcher m = BARE_URL.matcher(s);
      while (m.find()) {
        expected.add(m.start() + ":" + m.group());
      }
      List<String> actual = new ArrayList<>();
      for (int at = PostAnalysis.bareUrl(s, 0); at >= 0; at = PostAnalysis.bareUrl(s, PostAnalysis.bareUrlEnd(s, at))) {
        actual.add(at + ":" + s.substring(at, PostAnalysis.bareUrlEnd(s, at)));
      }
      assertThat(actual).as("%s", s).isEqualTo(expected);
    }
  }

  @Test
  void positionsAndUnusualCharactersMatchTheirDefinitions() {
    Random rnd = new Random(7);
    for (int seed = 0; seed < 2_000; seed++) {
      String text = "x" + randomText(rnd); // not starting with U+FEFF, which the analysis drops as a BOM
      PostAnalysis a = new PostAnalysis(Digest.builder().build(), text, null);
      List<Integer> starts = TextLandmarksTest.lineStarts(text);
      assertThat(a.unusualCharacters()).as("%s", text).isEqualTo(TextLandmarksTest.unusualCharacters(text));
      // positions asked in random order
      for (int k = 0; k < 20 && text.length() > 0; k++) {
        int offset = rnd.nextInt(text.length() + 1);
        int line = 0;
        while (line + 1 < starts.size() && starts.get(line + 1) <= offset) {
          line++;
        }
        assertThat(a.position(offset)).as("%s @%d", text, offset)
            .isEqualTo(new Position(line + 1, offset - starts.get(line) + 1));
        Position pos = a.position(offset);
        assertThat(a.offset(pos.line(), pos.column())).isEqualTo(offset);
      }
    }
  }

  /**
   * Links are looked for only in leaves whose text holds "](" or "://", found by searches over the whole text:
   * no leaf with a link may be passed over. Every inline link of every leaf is reported with its leaf's place at
   * the position of its destination, and every bare URL reported is one, at its position.
   */
  @Test
  void everyLeafsLinksAreFound() {
    List<String> posts = new ArrayList<>(new org.digestkit.core.generate.DigestGenerator(3).markdown(150));
    // leaves that end or start right at a "](" or "://", and links split over two leaves
    posts.add("# T\n\n## 一、S\n\n### [a](https://a.example/1)\n\n- x](\n- (https://b.example/2) y://\n"
        + "- [c](https://c.example/3)\n- https://d.example/4\n\n**影响：**[e](https://e.example/5)\n");
    posts.add("# T\n\n- [a](\nhttps://a.example/1)\n- tail ://\n\n## 更多动态\n\n- [m](https://m.example/6)：d\n");
    // links without "://", found by the "](" search alone, in leaves after the first
    posts.add("# T\n\n[r](/one)\n\n### [h](/two)\n\n- x\n- [m](mailto:a@b.example) and [n](../three)\n\n"
        + "**影响：**[o](#four)\n\n## 更多动态\n\n- [p](relative/five)：d\n");
    // bare URLs at a leaf's edges, in angle brackets, inside links, and "http" cut off by a leaf's end
    posts.add("# T\n\nhttps://a.example/1\n\n- <https://b.example/2> [https://c.example/3](https://c.example/4)\n"
        + "- x https://d.example/5\n- http\n- ://e.example/6 https\n- https://\n\n## 更多动态\n\n"
        + "- [m](https://m.example/7)：see https://n.example/8\n");
    // many leaves with links but no "http", then one with: each leaf's search stays within it
    StringBuilder many = new StringBuilder("# T\n\n");
    for (int i = 0; i < 300; i++) {
      many.append("- [a").append(i).append("](#x").append(i).append(") text\n");
    }
    posts.add(many.append("- https://last.example/9\n").toString());
    for (String text : posts) {
      assertLinksOfEveryLeafAreFound(Digest.parse(text), text);
    }
  }

  /**
   * On every post the tests have (the corpus when present, the fixtures) and on generated ones, the link index
   * agrees with each leaf's own links, and the walk's "more" entries are {@link Digest#moreEntries()}.
   */
  @Test
  void realAndGeneratedPostsAgreeLeafByLeaf() throws java.io.IOException {
    List<String> texts = new ArrayList<>(new org.digestkit.core.generate.DigestGenerator(9).markdown(100));
    for (java.nio.file.Path post : org.digestkit.core.Posts.all()) {
      texts.add(java.nio.file.Files.readString(post));
    }
    int parsed = 0;
    for (String text : texts) {
      Digest digest;
      try {
        digest = Digest.parse(text);
      } catch (org.digestkit.core.DigestParseException e) {
        continue; // fixtures of parse errors
      }
      parsed++;
      assertLinksOfEveryLeafAreFound(digest, text);
      assertThat(TextLeaves.of(digest).moreEntries()).isEqualTo(digest.moreEntries());
    }
    assertThat(parsed).isGreaterThan(100);
  }

  /**
   * Every inline link of every leaf of {@code digest} (parsed from {@code text}) is in the link index with its
   * leaf's place at the position of its destination, and every bare URL reported is one, at its position.
   */
  public static void assertLinksOfEveryLeafAreFound(Digest digest, String text) {
    PostAnalysis a = new PostAnalysis(digest, text, null);
    List<String> expected = new ArrayList<>();
    TextLeaves leaves = a.leaves();
    for (int i = 0; i < leaves.size(); i++) {
      // each leaf read from its own copy of its text: its links, then its bare URLs outside them
      org.digestkit.core.model.SourceInfo src = leaves.source(i);
      String raw = src.raw();
      int start = a.offset(src.line(), src.column());
      String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
      assertThat(withoutBom.startsWith(raw, start)).as("leaf %d of %s", i, text).isTrue();
      List<org.digestkit.core.model.Link> links = org.digestkit.core.markdown.MarkdownInline.links(raw);
      for (org.digestkit.core.model.Link l : links) {
        Position pos = a.position(start + l.urlStart());
        expected.add(leaves.kind(i) + " " + l.url() + " @" + pos.line() + ":" + pos.column());
      }
      int at = PostAnalysis.bareUrl(raw, 0);
      while (at >= 0) {
        int from = at;
        int linkEnd = links.stream().filter(l -> from >= l.start() && from < l.end())
            .mapToInt(org.digestkit.core.model.Link::end).findFirst().orElse(-1);
        if (linkEnd >= 0) {
          at = PostAnalysis.bareUrl(raw, linkEnd);
          continue;
        }
        int end = PostAnalysis.bareUrlEnd(raw, at);
        if (at == 0 || raw.charAt(at - 1) != '<') {
          Position pos = a.position(start + at);
          expected.add("BARE " + raw.substring(at, end) + " @" + pos.line() + ":" + pos.column());
        }
        at = PostAnalysis.bareUrl(raw, end);
      }
    }
    assertThat(a.links()).as("in document order: %s", text).isSortedAccordingTo(
        java.util.Comparator.comparingInt(org.digestkit.validate.spi.LinkOccurrence::line)
            .thenComparingInt(org.digestkit.validate.spi.LinkOccurrence::column));
    List<String> actual = new ArrayList<>();
    for (org.digestkit.validate.spi.LinkOccurrence l : a.links()) {
      if (l.place() == org.digestkit.validate.spi.LinkOccurrence.Place.BARE) {
        String line = a.line(l.line());
        assertThat(line.substring(l.column() - 1)).as("%s", text).startsWith(l.url());
        assertThat(BARE_URL.matcher(l.url()).matches()).as(l.url()).isTrue();
      }
      if (l.place() != org.digestkit.validate.spi.LinkOccurrence.Place.FOOTER) {
        actual.add(l.place() + " " + l.url() + " @" + l.line() + ":" + l.column());
      }
    }
    assertThat(actual).as("%s", text).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(footerLinks(a)).as("%s", text).isEqualTo(footerUrls(digest, a));
  }

  /** The footer links of the index, as "url @line:column", each checked to stand at its position. */
  private static List<String> footerLinks(PostAnalysis a) {
    List<String> out = new ArrayList<>();
    for (org.digestkit.validate.spi.LinkOccurrence l : a.links()) {
      if (l.place() == org.digestkit.validate.spi.LinkOccurrence.Place.FOOTER) {
        assertThat(a.line(l.line()).substring(l.column() - 1)).startsWith(l.url());
        assertThat(l.text()).isEmpty();
        out.add(l.url() + " @" + l.line() + ":" + l.column());
      }
    }
    return out;
  }

  /** What {@link #FOOTER_URL} finds in the footer's own text, positioned in the post. */
  private static List<String> footerUrls(Digest digest, PostAnalysis a) {
    List<String> out = new ArrayList<>();
    if (digest.footer() != null) {
      org.digestkit.core.model.SourceInfo src = digest.footer().source();
      int start = a.offset(src.line(), src.column());
      Matcher m = FOOTER_URL.matcher(src.raw());
      while (m.find()) {
        Position pos = a.position(start + m.start());
        out.add(m.group() + " @" + pos.line() + ":" + pos.column());
      }
    }
    return out;
  }

  /** A footer's URLs are its attribute values and the URLs in its text, without the quotes around them. */
  @Test
  void footerLinksEndAtTheirAttributeQuotes() {
    String text = "# T\n\n## 一、S\n\n### A\n\nx\n\n---\n\n<div class=\"card\">\n"
        + "  <a class=\"h\" href=\"https://t.me/ai_news_plus\">@ai_news_plus</a>\n"
        + "  <img src='https://img.example/q.jpg' alt=\"QR\"> see https://x.example/p?a=1&amp;b=2</div>\n";
    Digest digest = Digest.parse(text);
    assertThat(digest.footer()).isNotNull();
    PostAnalysis a = new PostAnalysis(digest, text, null);
    assertThat(a.links()).filteredOn(l -> l.place() == org.digestkit.validate.spi.LinkOccurrence.Place.FOOTER)
        .extracting(l -> l.url() + " @" + l.line() + ":" + l.column())
        .containsExactly("https://t.me/ai_news_plus @12:22", "https://img.example/q.jpg @13:13",
            "https://x.example/p?a=1&amp;b=2 @13:54");
  }
}
