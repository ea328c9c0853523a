package org.digestkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Consumer;
import org.digestkit.core.json.DigestJson;
import org.digestkit.core.model.BulletList;
import org.digestkit.core.model.ColumnAlignment;
import org.digestkit.core.model.Label;
import org.digestkit.core.model.LabelBreak;
import org.digestkit.core.markdown.MarkdownInline;
import org.digestkit.core.model.Paragraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The builder expresses what CommonMark renders differently — hard breaks, loose lists, aligned tables, a label
 * as a paragraph of its own — and refuses empty texts and links that are not absolute http(s) URLs alike.
 */
class BuilderMeaningTest {

  private static Digest item(Consumer<DigestBuilder.ItemBuilder> body) {
    return Digest.builder().title("t").section("s", x -> x.item("h", "https://e.org/h", body)).build();
  }

  private static String html(Digest d) {
    return MeaningTest.html(d.toMarkdown());
  }

  @Test
  void aHardBreakInTextRendersAsALineBreakAndReadsBack() {
    Digest d = item(i -> i.paragraph("第一行" + MarkdownInline.HARD_BREAK + "第二行").fact("甲  \n乙"));

    assertThat(html(d)).contains("<p>第一行<br />\n第二行</p>", "<li>甲<br />\n乙</li>");
    assertThat(Digest.parse(d.toMarkdown())).isEqualTo(d);
  }

  @Test
  void aLooseListRendersItsItemsAsParagraphsAndATightOneDoesNot() {
    Digest loose = item(i -> i.facts(BulletList.of("甲", "乙").withLoose(true)));
    Digest tight = item(i -> i.fact("甲").fact("乙"));

    assertThat(html(loose)).contains("<li>\n<p>甲</p>\n</li>");
    assertThat(html(tight)).contains("<li>甲</li>");
    assertThat(Digest.parse(loose.toMarkdown())).isEqualTo(loose);
    assertThat(DigestJson.fromJson(DigestJson.toJson(loose))).isEqualTo(loose);
  }

  @Test
  void looseEntriesAreParagraphs() {
    Digest d = Digest.builder().title("t").moreSection("更多动态", m -> m.loose()
        .entry("甲", "https://e.org/a", "说明").entry("乙", "https://e.org/b", "")).build();

    assertThat(html(d)).contains("<li>\n<p><a href=\"https://e.org/a\">甲</a>：说明</p>\n</li>");
    assertThat(DigestJson.fromJson(DigestJson.toJson(d))).isEqualTo(d);
  }

  @Test
  void aTablesColumnsKeepTheirAlignment() {
    Digest d = item(i -> i.table(List.of("a", "b", "c", "d"), List.of(List.of("1", "2", "3", "4")),
        List.of(ColumnAlignment.NONE, ColumnAlignment.LEFT, ColumnAlignment.CENTER, ColumnAlignment.RIGHT)));

    assertThat(d.toMarkdown()).contains("| --- | :--- | :---: | ---: |");
    assertThat(html(d)).contains("<th>a</th>", "<th align=\"left\">b</th>", "<th align=\"center\">c</th>",
        "<td align=\"right\">4</td>");
    assertThat(DigestJson.fromJson(DigestJson.toJson(d))).isEqualTo(d);
  }

  @Test
  void aLabelsLineEndsSoftlyWithAHardBreakOrAsAParagraphOfItsOwn() {
    Digest soft = item(i -> i.labelled("影响", Paragraph.of("正文")));
    Digest hard = item(i -> i.labelled(Label.of("影响").withLineBreak(LabelBreak.HARD), Paragraph.of("正文")));
    Digest own = item(i -> i.labelled(Label.of("影响").withLineBreak(LabelBreak.PARAGRAPH), Paragraph.of("正文")));

    assertThat(html(soft)).contains("<p><strong>影响：</strong>\n正文</p>");
    assertThat(hard.toMarkdown()).contains("**影响：**\\\n正文");
    assertThat(html(hard)).contains("<p><strong>影响：</strong><br />\n正文</p>");
    assertThat(html(own)).contains("<p><strong>影响：</strong></p>\n<p>正文</p>");
    for (Digest d : List.of(soft, hard, own)) {
      assertThat(Digest.parse(d.toMarkdown())).isEqualTo(d);
      assertThat(DigestJson.fromJson(DigestJson.toJson(d))).isEqualTo(d);
    }
  }

  @Test
  void aLabelLineEndingInTwoSpacesReadsAsAHardBreakAndIsWrittenWithABackslash() {
    Digest d = Digest.parse("# t\n\n## s\n\n### h\n\n**影响：**  \n正文\n");

    assertThat(d.items().get(0).labelledBlocks().get(0).label().lineBreak()).isEqualTo(LabelBreak.HARD);
    assertThat(d.toCanonicalMarkdown()).contains("**影响：**\\\n正文");
    assertThat(d.readBackDifference()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t", "\n"})
  void emptyTextsAreRefusedEverywhere(String empty) {
    String https = "https://e.org/a";
    List<Runnable> uses = List.of(
        () -> Digest.builder().title(empty),
        () -> Digest.builder().section(empty, x -> { }),
        () -> item(i -> i.fact(empty)),
        () -> item(i -> i.fact("甲", empty)),
        () -> item(i -> i.insight(empty)),
        () -> item(i -> i.impact(empty)),
        () -> item(i -> i.paragraph(empty)),
        () -> item(i -> i.labelled(empty, Paragraph.of("p"))),
        () -> Digest.builder().title("t").section("s", x -> x.item(empty, https, i -> i.fact("f"))),
        () -> Digest.builder().title("t").story(empty, https, i -> i.fact("f")),
        () -> Digest.builder().title("t").moreSection("更多动态", m -> m.entry(empty, https, "d")));
    for (Runnable use : uses) {
      assertThatThrownBy(use::run).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs text");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"not a url", "", "/relative/path", "example.org/a", "ftp://e.org/a", "https://",
      "https:///path", "https://e.org/a\nb", "javascript:alert(1)"})
  void linksThatAreNotAbsoluteHttpUrlsAreRefusedEverywhere(String url) {
    List<Runnable> uses = List.of(
        () -> Digest.builder().coverImage(url),
        () -> Digest.builder().title("t").section("s", x -> x.item("h", url, i -> i.fact("f"))),
        () -> Digest.builder().title("t").story("h", url, i -> i.fact("f")),
        () -> Digest.builder().title("t").moreSection("更多动态", m -> m.entry("甲", url, "d")));
    for (Runnable use : uses) {
      assertThatThrownBy(use::run).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("absolute http:// or https:// URL");
    }
  }

  @Test
  void httpUrlsWithSpacesOrParenthesesAreKeptAndReadBack() {
    Digest d = Digest.builder().title("t").section("s", x -> x.item("h", "HTTP://e.org/a b(c", i -> i.fact("f")))
        .moreSection("更多动态", m -> m.entry("甲", "https://e.org/x)y", "")).build();

    assertThat(d.items().get(0).url()).hasValue("HTTP://e.org/a b(c");
    assertThat(d.moreEntries().get(0).link()).hasValue("https://e.org/x)y");
  }
}
