package org.digestkit.render.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.digestkit.core.Digest;
import org.digestkit.core.Posts;
import org.digestkit.render.DigestRenderers;
import org.digestkit.render.Permalink;
import org.digestkit.render.RenderException;
import org.digestkit.render.RenderOptions;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Feeds over every post: well-formed, with the elements RSS 2.0, Atom 1.0 and JSON Feed 1.1 require, one unique
 * id per post made from validated values, plain-text summaries, and no invented site address.
 */
class FeedTest {
  private static final String SITE = "https://blog.example.org/";

  /** Every post, with a source path that tells fixtures and corpus posts apart. */
  private static Map<Digest, String> posts() throws Exception {
    Map<Digest, String> posts = new IdentityHashMap<>();
    for (Path p : Posts.all()) {
      boolean fixture = Posts.fixtures().contains(p);
      posts.put(Digest.parse(p), (fixture ? "fixtures/" : "posts/") + p.getFileName());
    }
    return posts;
  }

  private static RenderOptions site(Map<Digest, String> sources, String pattern) {
    Permalink permalink = Permalink.of(pattern);
    return RenderOptions.defaults().withSite(SITE, "示例博客", d -> permalink.link(d, sources.get(d)));
  }

  private static org.w3c.dom.Document xml(String text) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<String> texts(Element parent, String tag) {
    List<String> out = new ArrayList<>();
    NodeList nodes = parent.getElementsByTagName(tag);
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add(nodes.item(i).getTextContent());
    }
    return out;
  }

  private static String child(Element parent, String tag) {
    NodeList nodes = parent.getElementsByTagName(tag);
    return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
  }

  @Test
  void rssOverEveryPostHasRequiredElementsAndUniqueGuids() throws Exception {
    Map<Digest, String> posts = posts();
    String rss = DigestRenderers.forFormat("rss", site(posts, "{path}.html")).render(new ArrayList<>(posts.keySet()));
    org.w3c.dom.Document doc = xml(rss);
    Element root = doc.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("rss");
    assertThat(root.getAttribute("version")).isEqualTo("2.0");
    Element channel = (Element) root.getElementsByTagName("channel").item(0);
    assertThat(child(channel, "title")).isNotBlank();
    assertThat(child(channel, "link")).isEqualTo(SITE);
    assertThat(child(channel, "description")).isNotBlank();
    NodeList items = doc.getElementsByTagName("item");
    assertThat(items.getLength()).isEqualTo(posts.size());
    Set<String> guids = new HashSet<>();
    for (int i = 0; i < items.getLength(); i++) {
      Element item = (Element) items.item(i);
      String guid = child(item, "guid");
      assertThat(guids.add(guid)).as("unique guid %s", guid).isTrue();
      assertThat(child(item, "link")).isEqualTo(guid).startsWith(SITE).endsWith(".html");
      assertThat(child(item, "title")).isNotBlank();
      // a reader renders the description as HTML: it must hold no element, and read as the plain summary
      String description = child(item, "description");
      assertThat(Jsoup.parseBodyFragment(description).body().children()).isEmpty();
    }
    assertThat(guids).hasSize(posts.size());
  }

  @Test
  void atomOverEveryPostHasRequiredElementsAndUniqueIds() throws Exception {
    Map<Digest, String> posts = posts();
    String atom = DigestRenderers.forFormat("atom", site(posts, "{path}/"))
        .render(new ArrayList<>(posts.keySet()));
    org.w3c.dom.Document doc = xml(atom);
    Element feed = doc.getDocumentElement();
    assertThat(feed.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
    assertThat(child(feed, "id")).isEqualTo(SITE);
    assertThat(child(feed, "updated")).matches("\\d{4}-\\d{2}-\\d{2}T00:00:00Z");
    assertThat(child((Element) feed.getElementsByTagName("author").item(0), "name")).isNotBlank();
    NodeList entries = doc.getElementsByTagName("entry");
    assertThat(entries.getLength()).isEqualTo(posts.size());
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < entries.getLength(); i++) {
      Element entry = (Element) entries.item(i);
      assertThat(ids.add(child(entry, "id"))).isTrue();
      assertThat(child(entry, "title")).isNotNull();
      assertThat(child(entry, "updated")).matches("\\d{4}-\\d{2}-\\d{2}T00:00:00Z");
      assertThat(((Element) entry.getElementsByTagName("link").item(0)).getAttribute("href"))
          .isEqualTo(child(entry, "id")).matches("https://blog\\.example\\.org/(fixtures|posts)/[A-Za-z0-9._~%-]+/");
    }
  }

  @Test
  void jsonFeedOverEveryPostHasRequiredFieldsAndUniqueIds() throws Exception {
    Map<Digest, String> posts = posts();
    JsonNode feed = JsonMapper.shared().readTree(DigestRenderers.forFormat("jsonfeed", site(posts, "{path}/"))
        .render(new ArrayList<>(posts.keySet())));
    assertThat(feed.path("version").asString()).isEqualTo("https://jsonfeed.org/version/1.1");
    assertThat(feed.path("title").asString()).isNotBlank();
    assertThat(feed.path("items")).hasSize(posts.size());
    Set<String> ids = new HashSet<>();
    String previous = "9999";
    for (JsonNode item : feed.path("items")) {
      assertThat(item.path("id").isString()).isTrue();
      assertThat(ids.add(item.path("id").asString())).isTrue();
      assertThat(item.path("content_html").isString() || item.path("content_text").isString()).isTrue();
      String date = item.path("date_published").asString("");
      if (!date.isEmpty()) {
        assertThat(date.compareTo(previous)).as("newest first").isLessThanOrEqualTo(0);
        previous = date;
      }
    }
  }

  @Test
  void datePlaceholdersComeFromTheValidatedDate() {
    Digest d = post("T", "2026-03-02", "");
    assertThat(Permalink.of("{year}/{month}/{day}/{name}/").link(d, "x/y.md")).isEqualTo("2026/03/02/y/");
    assertThat(Permalink.of("p/{date}-{path}").link(d, "x/y.markdown")).isEqualTo("p/2026-03-02-x/y");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{nope}/", "{path", "a b/{name}", "https://x/{name}", "//host/{name}", "../{name}",
      "a/./{name}", "{name}?x=1", "{name}#f", "%zz{name}"})
  void badPatternsAreRefusedUpFront(String pattern) {
    assertThatThrownBy(() -> Permalink.of(pattern)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("permalink");
  }

  @Test
  void twoPostsOfOneDayGetTwoIds() {
    Digest a = post("A", "2026-03-02", "");
    Digest b = post("B", "2026-03-02", "");
    Map<Digest, String> sources = new IdentityHashMap<>(Map.of(a, "2026-03-02-a.md", b, "2026-03-02-b.md"));
    String rss = DigestRenderers.forFormat("rss", site(sources, "{date}/{name}/")).render(List.of(a, b));
    assertThat(rss).contains("<guid isPermaLink=\"true\">https://blog.example.org/2026-03-02/2026-03-02-a/</guid>",
        "<guid isPermaLink=\"true\">https://blog.example.org/2026-03-02/2026-03-02-b/</guid>");
  }

  @Test
  void aPatternThatGivesTwoPostsOneIdLeavesTheSecondOutAndSaysWhich() {
    Digest a = post("A", "2026-03-02", "");
    Digest b = post("B", "2026-03-02", "");
    Map<Digest, String> sources = new IdentityHashMap<>(Map.of(a, "a.md", b, "b.md"));
    FeedRenderer rss = (FeedRenderer) DigestRenderers.forFormat("rss", site(sources, "{date}/"));
    assertThatThrownBy(() -> rss.render(List.of(a, b))).isInstanceOf(RenderException.class)
        .hasMessageContaining("\"B\"").hasMessageContaining("2026-03-02/").hasMessageContaining("\"A\"");
    Map<Digest, String> skipped = new LinkedHashMap<>();
    StringBuilder out = new StringBuilder();
    try {
      rss.render(List.of(a, b), out, (d, e) -> skipped.put(d, e.getMessage()));
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    assertThat(skipped).containsOnlyKeys(b);
    assertThat(out.toString()).contains("<title>A</title>").doesNotContain("<title>B</title>");
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://evil.example/x", "javascript:alert(1)", "2026-03-02/../../x", "2026-13-45",
      "2026-03-02?x=1", "2026-03-02 <b>", "\"2026-03-02\"#frag"})
  void anUnvalidatedDateNeverBecomesALink(String date) {
    Digest d = post("T", date, "");
    Map<Digest, String> sources = new IdentityHashMap<>(Map.of(d, "t.md"));
    FeedRenderer rss = (FeedRenderer) DigestRenderers.forFormat("rss", site(sources, "{date}/{name}/"));
    List<String> reasons = new ArrayList<>();
    StringBuilder out = new StringBuilder();
    try {
      rss.render(List.of(d), out, (p, e) -> reasons.add(e.getMessage()));
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    assertThat(reasons).singleElement().asString().contains("no valid date");
    assertThat(out.toString()).doesNotContain("<item>").doesNotContain("evil").doesNotContain("javascript");
    // with a pattern that does not need the date, the post is an item whose link is made of its file only
    String byName = DigestRenderers.forFormat("rss", site(sources, "{name}.html")).render(List.of(d));
    assertThat(byName).contains("<link>https://blog.example.org/t.html</link>").doesNotContain("evil.example/x<");
  }

  @Test
  void fileNamesAreEncodedAsPathSegments() {
    Digest d = post("T", "2026-03-02", "");
    for (String[] c : new String[][] {
        {"a b/c?d#e.md", "https://blog.example.org/a%20b/c%3Fd%23e.html"},
        {"中文 名.md", "https://blog.example.org/%E4%B8%AD%E6%96%87%20%E5%90%8D.html"},
        {"../x.md", "https://blog.example.org/%2E%2E/x.html"},
        {"x<y>&\"z\".md", "https://blog.example.org/x%3Cy%3E%26%22z%22.html"}}) {
      Map<Digest, String> sources = new IdentityHashMap<>(Map.of(d, c[0]));
      String rss = DigestRenderers.forFormat("rss", site(sources, "{path}.html")).render(List.of(d));
      assertThat(rss).as(c[0]).contains("<link>" + c[1] + "</link>");
    }
  }

  @Test
  void rssDescriptionIsTextAReaderWillNotRenderAsHtml() throws Exception {
    Digest d = Digest.parse("---\ntitle: T\ndate: 2026-03-02\nsummary: \"- <img src=x onerror=alert(1)> **粗体** & "
        + "[链接](https://a.example/)\"\n---\n# T\n\n## s\n\n正文\n");
    Map<Digest, String> sources = new IdentityHashMap<>(Map.of(d, "t.md"));
    org.w3c.dom.Document doc = xml(DigestRenderers.forFormat("rss", site(sources, "{name}/")).render(List.of(d)));
    String description = texts(doc.getDocumentElement(), "description").get(1);
    org.jsoup.nodes.Document asHtml = Jsoup.parseBodyFragment(description);
    assertThat(asHtml.body().children()).isEmpty();
    assertThat(asHtml.body().text()).isEqualTo("<img src=x onerror=alert(1)> 粗体 & 链接");
    JsonNode json = JsonMapper.shared().readTree(
        DigestRenderers.forFormat("jsonfeed", site(sources, "{name}/")).render(List.of(d)));
    assertThat(json.path("items").get(0).path("summary").asString()).isEqualTo("<img src=x onerror=alert(1)> 粗体 & 链接");
  }

  @ParameterizedTest
  @ValueSource(strings = {"rss", "atom", "jsonfeed"})
  void aFeedWithoutASiteAddressIsRefused(String format) {
    Digest d = post("T", "2026-03-02", "");
    assertThatThrownBy(() -> DigestRenderers.forFormat(format).render(List.of(d)))
        .isInstanceOf(RenderException.class).hasMessageContaining("site");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "blog.example.org", "ftp://x/", "javascript:alert(1)", "https://", "https://a/?q",
      "/relative"})
  void aSiteAddressMustBeAnAbsoluteHttpUrl(String url) {
    assertThatThrownBy(() -> RenderOptions.defaults().withSite(url, "t", d -> "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("site address");
  }

  @Test
  void aPostOverTheBudgetIsLeftOutAndTheOthersStay() throws Exception {
    Digest small = post("small", "2026-03-01", "短文\n");
    Digest big = post("big", "2026-03-02", "很长的正文。".repeat(5000) + "\n");
    Map<Digest, String> sources = new IdentityHashMap<>(Map.of(small, "small.md", big, "big.md"));
    Permalink permalink = Permalink.of("{name}/");
    RenderOptions options = RenderOptions.defaults().withMaxOutputChars(20_000)
        .withSite(SITE, "b", d -> permalink.link(d, sources.get(d)));
    for (String format : List.of("rss", "atom", "jsonfeed")) {
      FeedRenderer feed = (FeedRenderer) DigestRenderers.forFormat(format, options);
      List<Digest> skipped = new ArrayList<>();
      StringBuilder out = new StringBuilder();
      feed.render(List.of(small, big), out, (d, e) -> skipped.add(d));
      assertThat(skipped).as(format).containsExactly(big);
      assertThat(out.toString()).as(format).contains("https://blog.example.org/small/").doesNotContain("/big/");
    }
  }

  private static Digest post(String title, String date, String body) {
    return Digest.parse("---\ntitle: " + title + "\ndate: \"" + date.replace("\"", "\\\"") + "\"\n---\n# " + title
        + "\n\n## 节\n\n" + (body.isEmpty() ? "正文\n" : body));
  }
}
