package org.digestkit.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.digestkit.core.Digest;
import org.junit.jupiter.api.Test;

/** The position rule of {@link Finding}: 1-based, never 0; the whole file is line 1, column 1. */
class FindingPositionTest {
  private static final String POST = "---\ntitle: t\n---\n# 标题\n\n正文。\n";

  @Test
  void aFindingCannotBeAtLineOrColumnZero() {
    assertThatThrownBy(() -> new Finding("r", Severity.ERROR, "m", 0, 0, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1-based");
    assertThatThrownBy(() -> new Finding("r", Severity.ERROR, "m", 3, 0, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new Finding("r", Severity.ERROR, "m", 1, 1, null)).hasToString("1:1: error r m");
  }

  @Test
  void aRuleReportingLineZeroGetsTheWholeFilePosition() {
    DigestValidator v = DigestValidator.builder().discoverRules(false)
        .rule(TestRule.checking("whole-file", ctx -> ctx.report(0, 0, "about the file")))
        .rule(TestRule.checking("column-zero", ctx -> ctx.report(4, 0, "at a line")))
        .rule(TestRule.checking("throws", ctx -> {
          throw new IllegalStateException("boom");
        }))
        .build();
    ValidationReport report = v.validate(POST, "post.md");
    assertThat(report.of("whole-file")).singleElement().satisfies(f -> assertThat(f.line() + ":" + f.column())
        .isEqualTo("1:1"));
    assertThat(report.of("column-zero")).singleElement().satisfies(f -> assertThat(f.line() + ":" + f.column())
        .isEqualTo("4:1"));
    assertThat(report.of(DigestValidator.RULE_FAILURE)).singleElement()
        .satisfies(f -> assertThat(f.line() + ":" + f.column()).isEqualTo("1:1"));
  }

  @Test
  void theFileNameRuleReportsTheWholeFileAtLineOneColumnOne() {
    String digest = Digest.builder().title("示例").date(LocalDate.of(2026, 7, 2)).category("AI 日报")
        .section("模型", s -> s
            .item("甲", "https://example.com/a", i -> i.paragraph("正文。"))
            .item("乙", "https://example.com/b", i -> i.paragraph("正文。"))
            .item("丙", "https://example.com/c", i -> i.paragraph("正文。")))
        .summaryFromHeadlines().build().toMarkdown();
    ValidationReport report = DigestValidator.of(ValidationConfig.profile("aicode-ai-daily"))
        .validate(digest, "notes.md");
    assertThat(report.of("file-name")).singleElement()
        .satisfies(f -> assertThat(f.line() + ":" + f.column()).isEqualTo("1:1"));
  }
}
