package org.digestkit.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.digestkit.core.Digest;
import org.digestkit.core.DigestBuilder;
import org.digestkit.core.DigestParseException;
import org.digestkit.core.DigestParser;
import org.digestkit.core.ParseLimits;
import org.digestkit.core.json.DigestJson;
import org.digestkit.core.json.DigestJsonException;
import org.digestkit.core.model.FrontMatterValue;
import org.digestkit.core.model.ScalarStyle;
import org.digestkit.core.model.Summary;

/**
 * Fuzz targets for digest-core. In {@code mvn verify} they run in regression mode over the seed inputs in
 * {@code src/test/resources/org/digestkit/core/fuzz/CoreFuzzTestInputs/<target>/} (and every crash found,
 * kept there). To fuzz one target: {@code JAZZER_FUZZ=1 mvn test -pl digest-core -Dtest=CoreFuzzTest#parse
 * -Djazzer.max_duration=10m}. Anything but our own exception type is a finding.
 */
class CoreFuzzTest {
  private static final DigestParser PARSER =
      DigestParser.builder().limits(ParseLimits.defaults().withMaxPostChars(256 * 1024)).build();

  /** The whole parser on arbitrary bytes: a model or a positioned DigestParseException, nothing else. */
  @FuzzTest(maxDuration = "10m")
  void parse(byte[] data) {
    try {
      Digest d = PARSER.parse(data);
      assertThat(d.sections()).isNotNull();
    } catch (DigestParseException e) {
      assertThat(e.line()).isPositive();
      assertThat(e.column()).isPositive();
    }
  }

  /** Lossless round trip: for any input that parses, writing gives back the same bytes. */
  @FuzzTest(maxDuration = "10m")
  void roundTrip(byte[] data) {
    Digest d;
    try {
      d = PARSER.parse(data);
    } catch (DigestParseException e) {
      return;
    }
    assertThat(d.toMarkdown().getBytes(StandardCharsets.UTF_8)).isEqualTo(data);
    assertThat(DigestJson.fromJson(DigestJson.toJson(d))).isEqualTo(jsonNormalized(d));
    assertThat(PARSER.parse(d.toCanonicalMarkdown())).isEqualTo(d);
  }

  /**
   * Canonical writing keeps meaning: for any input that parses, either the read-back check refuses (naming a line
   * and column), or the canonical form reads back as the same post and renders — by plain commonmark-java with GFM
   * tables, apart from digestkit's parser — to the same HTML as the input, and so does the post through JSON.
   */
  @FuzzTest(maxDuration = "10m")
  void canonicalKeepsMeaning(byte[] data) {
    Digest d;
    try {
      d = PARSER.parse(data);
    } catch (DigestParseException e) {
      return;
    }
    java.util.Optional<String> difference = d.readBackDifference();
    if (difference.isPresent()) {
      assertThat(difference.get()).matches("(?s)(line \\d+, column \\d+|the ).*");
      return;
    }
    String canonical = d.toCanonicalMarkdown();
    Digest back = PARSER.parse(canonical);
    assertThat(back).isEqualTo(d);
    String html = html(d.toMarkdown(), d);
    assertThat(html(canonical, back)).isEqualTo(html);
    String viaJson = DigestJson.fromJson(DigestJson.toJson(d)).toMarkdown(); // front matter spelled anew
    assertThat(html(viaJson, PARSER.parse(viaJson))).isEqualTo(html);
  }

  private static final java.util.List<org.commonmark.Extension> TABLES =
      java.util.List.of(org.commonmark.ext.gfm.tables.TablesExtension.create());

  /** The HTML of the body of {@code text}, a post that parses as {@code parsed}, by commonmark-java alone. */
  private static String html(String text, Digest parsed) {
    int body = 0;
    if (parsed.frontMatter().present()) {
      org.digestkit.core.LineIndex lines = org.digestkit.core.LineIndex.of(text);
      int close = parsed.frontMatter().closeFence().line(); // 1-based: the body starts on the next line
      body = close < lines.count() ? lines.start(close) : text.length();
    } else if (text.startsWith("\uFEFF")) {
      body = 1;
    }
    return org.commonmark.renderer.html.HtmlRenderer.builder().extensions(TABLES).build()
        .render(org.commonmark.parser.Parser.builder().extensions(TABLES).build().parse(text.substring(body)));
  }

  /**
   * The post as JSON gives it back: a summary written as a YAML list reads back as the bullet text a JSON list
   * stands for (DigestJson's documented convention); everything else unchanged.
   */
  static Digest jsonNormalized(Digest d) {
    java.util.Optional<org.digestkit.core.model.FrontMatterEntry> summary = d.frontMatter().entry("summary");
    if (summary.isEmpty() || !(summary.get().value() instanceof FrontMatterValue.Sequence seq)) {
      return d;
    }
    java.util.List<String> headlines = new java.util.ArrayList<>();
    for (FrontMatterValue v : seq.items()) {
      if (!(v instanceof FrontMatterValue.Scalar)) {
        return d; // a list holding lists or mappings stays a list
      }
      headlines.add(v.asText());
    }
    return d.withFrontMatter(d.frontMatter().with("summary",
        new FrontMatterValue.Scalar(Summary.bulletText(headlines), ScalarStyle.DOUBLE_QUOTED)));
  }

  /** The front-matter loader on arbitrary YAML between fences. */
  @FuzzTest(maxDuration = "10m")
  void frontMatter(byte[] data) {
    String yaml = new String(data, StandardCharsets.UTF_8).replace("\n---", "\n- --");
    try {
      Digest d = PARSER.parse("---\n" + yaml + "\n---\n# t\n");
      assertThat(d.frontMatter().present()).isTrue();
    } catch (DigestParseException e) {
      assertThat(e.line()).isPositive();
    }
  }

  /** JSON input: a post, or a DigestJsonException with a path; and a post from JSON reads back or says where not. */
  @FuzzTest(maxDuration = "10m")
  void json(byte[] data) {
    Digest d;
    try {
      d = DigestJson.fromJson(new String(data, StandardCharsets.UTF_8));
    } catch (DigestJsonException e) {
      assertThat(e.path()).startsWith("$");
      return;
    }
    java.util.Optional<String> difference = d.readBackDifference();
    if (difference.isEmpty()) {
      assertThat(Digest.parse(d.toMarkdown())).isEqualTo(d);
    }
  }

  /**
   * The builder on arbitrary text: a post that reads back as built, or an IllegalArgumentException or
   * IllegalStateException saying why not — never a post that reads back as another one.
   */
  @FuzzTest(maxDuration = "10m")
  void builder(FuzzedDataProvider data) {
    Digest built;
    try {
      DigestBuilder b = Digest.builder().title(data.consumeString(40));
      int sections = data.consumeInt(1, 3);
      for (int s = 0; s < sections; s++) {
        String title = data.consumeString(20);
        String headline = data.consumeString(30);
        String url = data.consumeBoolean() ? "https://e.org/" + data.consumeString(20) : null;
        String fact = data.consumeString(60);
        String paragraph = data.consumeString(60);
        String impact = data.consumeString(40);
        b.section(title, x -> x.item(headline, url, i -> i.fact(fact).paragraph(paragraph).impact(impact)));
      }
      if (data.consumeBoolean()) {
        String entry = data.consumeString(20);
        String description = data.consumeString(40);
        b.moreSection("更多动态", m -> m.entry(entry, "https://e.org/" + entry, description));
      }
      built = b.summaryFromHeadlines().build();
    } catch (IllegalArgumentException | IllegalStateException refused) {
      assertThat(refused.getMessage()).isNotBlank();
      return;
    }
    assertThat(Digest.parse(built.toMarkdown())).isEqualTo(built);
  }
}
