package org.digestkit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.digestkit.core.Digest;
import org.digestkit.core.DigestParseException;
import org.digestkit.core.FrontMatterBindingException;
import org.digestkit.core.Posts;
import org.junit.jupiter.api.Test;

/** {@link FrontMatter#as}: front matter bound to a site's own record, and the key and position of what cannot bind. */
class FrontMatterBindingTest {

  enum Kind { DAILY, WEEKLY }

  record Author(String name, List<String> links) {}

  record Meta(String title, LocalDate date, List<String> tags, Kind kind, int count, Author author,
      boolean draft, String note) {}

  /** Every key the corpus's posts use. */
  record CorpusMeta(String title, String date, List<String> tags, String category, List<String> seo,
      String coverImage, String summary) {}

  @JsonIgnoreProperties(ignoreUnknown = false)
  record Strict(String title) {}

  private static FrontMatter fm(String yaml) {
    return Digest.parse("---\n" + yaml + "---\n# x\n").frontMatter();
  }

  @Test
  void bindsScalarsDatesListsEnumsAndNestedTypesWhateverTheSpelling() {
    Meta meta = fm("""
        "title": 日报
        date : 2026-07-02
        tags:
        - AI
        - 'AI 日报'
        kind: WEEKLY
        count: 3
        author: {name: 小明, links: [https://a.example/]}
        draft: true
        note:
        unknown: ignored
        """).as(Meta.class);
    assertThat(meta).isEqualTo(new Meta("日报", LocalDate.of(2026, 7, 2), List.of("AI", "AI 日报"), Kind.WEEKLY, 3,
        new Author("小明", List.of("https://a.example/")), true, null));
  }

  @Test
  void absentKeysAreNullAndUnknownKeysAreIgnoredUnlessTheTypeSaysOtherwise() {
    assertThat(fm("title: x\nother: y\n").as(Meta.class).date()).isNull();
    FrontMatterBindingException e =
        catchThrowableOfType(FrontMatterBindingException.class, () -> fm("title: x\nother: y\n").as(Strict.class));
    assertThat(e.key()).isEqualTo("other");
    assertThat(e.line() + ":" + e.column()).isEqualTo("3:1");
  }

  @Test
  void aValueThatCannotBindNamesItsKeyAndPosition() {
    FrontMatterBindingException e =
        catchThrowableOfType(FrontMatterBindingException.class, () -> fm("title: x\ncount: many\n").as(Meta.class));
    assertThat(e.key()).isEqualTo("count");
    assertThat(e.line() + ":" + e.column()).isEqualTo("3:1");
    assertThat(e.getMessage()).startsWith("front-matter key 'count' (3:1): ").contains("many");

    e = catchThrowableOfType(FrontMatterBindingException.class,
        () -> fm("date: 2026-13-45\n").as(Meta.class));
    assertThat(e.key() + " " + e.line() + ":" + e.column()).isEqualTo("date 2:1");

    e = catchThrowableOfType(FrontMatterBindingException.class, () -> fm("kind: MONTHLY\n").as(Meta.class));
    assertThat(e.key()).isEqualTo("kind");
  }

  @Test
  void nestedKeysAndListElementsArePositioned() {
    record Scores(List<Integer> scores, Author author) {}
    FrontMatterBindingException e = catchThrowableOfType(FrontMatterBindingException.class,
        () -> fm("scores:\n  - 1\n  - two\n").as(Scores.class));
    assertThat(e.key() + " " + e.line() + ":" + e.column()).isEqualTo("scores[1] 4:5");

    e = catchThrowableOfType(FrontMatterBindingException.class,
        () -> fm("scores: [1, 2, x]\n").as(Scores.class));
    assertThat(e.key() + " " + e.line() + ":" + e.column()).isEqualTo("scores[2] 2:16");

    e = catchThrowableOfType(FrontMatterBindingException.class,
        () -> fm("author:\n  name: a\n  links:\n    - ok\n    - {not: text}\n").as(Scores.class));
    assertThat(e.key() + " " + e.line() + ":" + e.column()).isEqualTo("author.links[1] 6:7");
  }

  @Test
  void positionsOfAFrontMatterBuiltInCodeAreUnknown() {
    FrontMatter built = FrontMatter.of(List.of(FrontMatterEntry.of("count", new FrontMatterValue.Scalar("x",
        ScalarStyle.PLAIN))));
    assertThat(built.position(List.of("count"))).isEmpty();
    FrontMatterBindingException e =
        catchThrowableOfType(FrontMatterBindingException.class, () -> built.as(Meta.class));
    assertThat(e.key()).isEqualTo("count");
  }

  @Test
  void hostileValuesStayWithinTheParsersLimits() {
    // a huge string binds (within the limit) or the post is refused before binding; deep nesting likewise
    String big = "x".repeat(40_000);
    assertThat(fm("title: " + big + "\n").as(Meta.class).title()).hasSize(40_000);
    Throwable deep = org.assertj.core.api.Assertions.catchThrowable(
        () -> fm("author: " + "{a: ".repeat(200) + "1" + "}".repeat(200) + "\n"));
    assertThat(deep).isInstanceOfSatisfying(DigestParseException.class, p -> assertThat(p.code()).isEqualTo("yaml-limit"));
    FrontMatterBindingException e = catchThrowableOfType(FrontMatterBindingException.class,
        () -> fm("count: " + "{a: ".repeat(10) + "1" + "}".repeat(10) + "\n").as(Meta.class));
    assertThat(e.key() + " " + e.line() + ":" + e.column()).isEqualTo("count 2:1");
  }

  @Test
  void everyCorpusPostBindsToARecordOfItsKeys() throws Exception {
    int bound = 0;
    int dated = 0;
    for (Path p : Posts.all()) {
      FrontMatter fm = Digest.parse(Files.readString(p)).frontMatter();
      if (!fm.present()) {
        continue;
      }
      CorpusMeta meta = fm.as(CorpusMeta.class);
      assertThat(meta.title()).as(p.toString()).isEqualTo(fm.title().orElse(null));
      assertThat(meta.tags() == null ? List.of() : meta.tags()).as(p.toString()).isEqualTo(fm.tags());
      assertThat(meta.date()).as(p.toString()).isEqualTo(fm.dateText().orElse(null));
      if (fm.date().isPresent()) {
        record Dated(LocalDate date) {}
        assertThat(fm.as(Dated.class).date()).as(p.toString()).isEqualTo(fm.date().get());
        dated++;
      }
      assertThat(meta.summary()).as(p.toString()).isEqualTo(fm.text("summary").orElse(null));
      bound++;
    }
    assertThat(bound).isGreaterThanOrEqualTo(Posts.corpus() == null ? 1 : 198);
    assertThat(dated).isGreaterThanOrEqualTo(Posts.corpus() == null ? 1 : 198);
  }
}
