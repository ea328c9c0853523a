package org.digestkit.validate.typed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.digestkit.validate.DigestValidator;
import org.digestkit.validate.Finding;
import org.digestkit.validate.RuleSetting;
import org.digestkit.validate.Severity;
import org.digestkit.validate.ValidationConfig;
import org.digestkit.validate.spi.RuleOptions;
import org.junit.jupiter.api.Test;

/** {@code DigestValidator.builder().frontMatter(type)}: a site's own type, checked with Hibernate Validator. */
class FrontMatterConstraintTest {
  private static final String BODY = "# 日报\n\n正文。\n";
  private static final DigestValidator VALIDATOR = DigestValidator.builder().frontMatter(SiteMeta.class).build();

  private static List<String> findings(DigestValidator validator, String frontMatter) {
    return validator.validate("---\n" + frontMatter + "---\n" + BODY, null).of("front-matter-constraint").stream()
        .map(f -> f.line() + ":" + f.column() + " " + f.message()).toList();
  }

  @Test
  void aValidPostHasNoFinding() {
    assertThat(findings(VALIDATOR, """
        title: 日报
        date: 2026-07-02
        tags: [AI]
        category: ai-daily
        author:
          name: 小明
          links: [https://a.example/]
        cover-image: https://a.example/c.png
        extra: ignored
        """)).isEmpty();
  }

  @Test
  void violationsAreAtTheirKeysListElementsAndNestedKeys() {
    assertThat(findings(VALIDATOR, """
        "title": ""
        date: 2026-07-02
        tags:
          - AI
          - "  "
        author:
          name: ""
          links:
            - https://a.example/
            - http://b.example/
        cover-image: http://a.example/c.png
        """)).containsExactly(
        "2:1 front-matter key 'title' must not be blank",
        "6:5 front-matter key 'tags[1]' must not be blank",
        "8:3 front-matter key 'author.name' must not be blank",
        "11:7 front-matter key 'author.links[1]' must match \"https://.*\"",
        "12:1 front-matter key 'cover-image' must be an https URL");
  }

  @Test
  void aMissingKeyIsAtTheOpeningFence() {
    assertThat(findings(VALIDATOR, "title: x\ntags: [a]\n")).containsExactly(
        "1:1 front-matter key 'date' must not be null");
  }

  @Test
  void aValueThatCannotBindIsAFindingAtItsKey() {
    assertThat(findings(VALIDATOR, "title: x\ndate: someday\ntags: [a]\n")).singleElement()
        .satisfies(f -> assertThat(f).startsWith("3:1 front-matter key 'date' cannot be read as SiteMeta: ")
            .contains("someday"));
    assertThat(findings(VALIDATOR, "title: x\ndate: 2026-07-02\ntags: [a, {b: c}]\n")).singleElement()
        .satisfies(f -> assertThat(f).startsWith("4:11 front-matter key 'tags[1]' cannot be read"));
  }

  @Test
  void groupsAndCustomConstraintsWorkAsInAnyBeanValidationProject() {
    String fm = "title: x\ndate: 2026-07-02\ntags: [a]\ncategory: Not A Slug\n";
    assertThat(findings(VALIDATOR, fm)).isEmpty(); // Strict is not the default group
    DigestValidator strict = DigestValidator.builder().frontMatter(SiteMeta.class, SiteMeta.Strict.class).build();
    assertThat(findings(strict, fm)).containsExactly(
        "5:1 front-matter key 'category' is not a slug: ${validatedValue}");
  }

  @Test
  void messageInterpolationNeverEvaluatesTextFromThePost() {
    DigestValidator strict = DigestValidator.builder().frontMatter(SiteMeta.class, SiteMeta.Strict.class).build();
    assertThat(findings(strict, "title: x\ndate: 2026-07-02\ntags: [a]\ncategory: ${1+1}\n"))
        .containsExactly("5:1 front-matter key 'category' is not a slug: ${validatedValue}");
    assertThat(findings(VALIDATOR, "title: '{jakarta.validation.constraints.NotBlank.message} ${1+1} "
        + "#{7*7} xxxxxxxxxxxxxxxxxxxxxx'\ndate: 2026-07-02\ntags: [a]\n"))
        .containsExactly("2:1 front-matter key 'title' size must be between 0 and 40");
  }

  @Test
  void severityIsConfigurableLikeAnyRule() {
    ValidationConfig config = ValidationConfig.defaults().withRule("front-matter-constraint",
        new RuleSetting(null, Severity.WARNING, RuleOptions.NONE));
    DigestValidator validator = DigestValidator.builder().config(config).frontMatter(SiteMeta.class).build();
    List<Finding> found = validator.validate("---\ntitle: x\ntags: [a]\n---\n" + BODY, null)
        .of("front-matter-constraint");
    assertThat(found).singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    ValidationConfig off = ValidationConfig.defaults().withRule("front-matter-constraint",
        new RuleSetting(false, null, RuleOptions.NONE));
    assertThat(DigestValidator.builder().config(off).frontMatter(SiteMeta.class).build()
        .validate("---\ntitle: x\n---\n" + BODY, null).of("front-matter-constraint")).isEmpty();
  }

  @Test
  void withoutATypeTheRuleChecksNothing() {
    assertThat(DigestValidator.defaults().validate("---\ntitle: x\n---\n" + BODY, null)
        .of("front-matter-constraint")).isEmpty();
  }

  @Test
  void hostileValuesStayWithinTheParsersLimits() {
    String huge = "x".repeat(50_000);
    assertThat(findings(VALIDATOR, "title: " + huge + "\ndate: 2026-07-02\ntags: [a]\n"))
        .containsExactly("2:1 front-matter key 'title' size must be between 0 and 40");
    List<Finding> deep = VALIDATOR.validate("---\nauthor: " + "[".repeat(100) + "]".repeat(100) + "\n---\n" + BODY,
        null).findings();
    assertThat(deep).extracting(Finding::rule).containsExactly(DigestValidator.PARSE_ERROR);
    assertThat(findings(VALIDATOR, "title: x\ndate: 2026-07-02\ntags: [a]\nauthor: " + "{a: ".repeat(12) + "1"
        + "}".repeat(12) + "\n")).singleElement().satisfies(f -> assertThat(f).startsWith("5:1 front-matter key "
        + "'author"));
  }
}
