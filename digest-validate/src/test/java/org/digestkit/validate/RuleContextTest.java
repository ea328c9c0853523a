package org.digestkit.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What {@link org.digestkit.validate.spi.RuleContext}'s javadoc promises at its edges. */
class RuleContextTest {
  private static final String POST = "---\ntitle: t\n---\n# 标题\n\n正文。\n";

  private record Count(int value) { }

  @Test
  void aSharedValueIsKeyedByItsClassAcrossRulesAndMustNotBeNull() {
    int[] computed = {0};
    StringBuilder seen = new StringBuilder();
    DigestValidator v = DigestValidator.builder().discoverRules(false)
        .rule(TestRule.checking("first", ctx -> seen.append(ctx.shared(Count.class, () -> new Count(++computed[0])))))
        .rule(TestRule.checking("second", ctx -> seen.append(ctx.shared(Count.class, () -> new Count(++computed[0])))))
        .rule(TestRule.checking("null-value", ctx -> ctx.shared(Thread.class, () -> null)))
        .build();
    ValidationReport report = v.validate(POST, "post.md");
    assertThat(computed[0]).isEqualTo(1);
    assertThat(seen).hasToString("Count[value=1]Count[value=1]");
    assertThat(report.of(DigestValidator.RULE_FAILURE)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("null-value"));
  }

  @Test
  void linesOutsideTheTextAreEmptyAndColumnsAreNotChecked() {
    StringBuilder seen = new StringBuilder();
    DigestValidator v = DigestValidator.builder().discoverRules(false)
        .rule(TestRule.checking("edges", ctx -> seen.append(ctx.line(4)).append('|').append(ctx.line(0))
            .append('|').append(ctx.line(99)).append('|').append(ctx.offset(99, 1))
            .append('|').append(ctx.offset(4, 1)).append('|').append(ctx.offset(4, 20))))
        .build();
    v.validate(POST, "post.md");
    // line 4 "# 标题" starts at offset 17; column 20 is past its end (line 6 starts at 23), and the offset is simply 17 + 19
    assertThat(seen).hasToString("# 标题|||0|17|36");
  }

  @Test
  void aPositionPastTheEndFailsTheRuleAndOneBelowOneIsTheWholeFile() {
    // POST has 7 lines (the last one empty); line 4 "# 标题" has 4 characters, so column 5 is just after it
    DigestValidator v = DigestValidator.builder().discoverRules(false)
        .rule(TestRule.checking("past-last-line", ctx -> ctx.report(8, 1, "x")))
        .rule(TestRule.checking("past-line-end", ctx -> ctx.report(4, 6, "x")))
        .rule(TestRule.checking("at-line-end", ctx -> ctx.report(4, 5, "x")))
        .rule(TestRule.checking("on-last-line", ctx -> ctx.report(7, 1, "x")))
        .rule(TestRule.checking("below-one", ctx -> ctx.report(-3, -7, "x")))
        .build();
    ValidationReport report = v.validate(POST, "post.md");
    assertThat(report.of(DigestValidator.RULE_FAILURE)).extracting(Finding::message).satisfiesExactlyInAnyOrder(
        m -> assertThat(m).contains("past-last-line").contains("line 8, past the end of the post (7 lines)"),
        m -> assertThat(m).contains("past-line-end").contains("column 6 of line 4, which has 4 characters"));
    assertThat(report.findings()).filteredOn(f -> !f.rule().equals(DigestValidator.RULE_FAILURE))
        .extracting(f -> f.rule() + "@" + f.line() + ":" + f.column())
        .containsExactlyInAnyOrder("at-line-end@4:5", "on-last-line@7:1", "below-one@1:1");
  }
}
