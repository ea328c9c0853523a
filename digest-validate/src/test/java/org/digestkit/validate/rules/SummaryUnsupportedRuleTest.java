package org.digestkit.validate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.digestkit.validate.DigestValidator;
import org.digestkit.validate.ValidationReport;
import org.junit.jupiter.api.Test;

/** {@code summary-unsupported} reports an entry no story is about, and leaves a truncated body to one finding. */
class SummaryUnsupportedRuleTest {
  private static final String ITEMS = """
      # 示例日报

      ## 模型与产品

      ### [示例模型发布](https://example.com/news/1)

      示例模型发布了新版本。

      ### [示例工具更新](https://example.com/news/2)

      工具支持本地推理。

      ### [示例芯片出货](https://example.com/news/3)

      芯片出货量创新高。
      """;

  private static ValidationReport validate(String summary, String body) {
    String post = "---\ntitle: 示例日报\ndate: 2026-07-02\ncategory: AI 日报\nsummary: \"" + summary + "\"\n---\n" + body;
    return DigestValidator.defaults().validate(post, "2026-07-02-post.md");
  }

  @Test
  void anEntryAboutNoStoryIsReported() {
    ValidationReport report = validate("- 示例模型发布\\n- 火星基地完成首次水培蔬菜收获\\n- 示例芯片出货", ITEMS);
    assertThat(report.of("summary-unsupported")).hasSize(1);
    assertThat(report.of("summary-unsupported").get(0).message()).contains("火星基地完成首次水培蔬菜收获");
    assertThat(report.of("summary-exceeds-body")).isEmpty();
  }

  @Test
  void aTruncatedBodyIsReportedOnceBySummaryExceedsBody() {
    String truncated = ITEMS.substring(0, ITEMS.indexOf("### [示例工具更新]"));
    ValidationReport report = validate("- 示例模型发布\\n- 示例工具更新\\n- 示例芯片出货", truncated);
    assertThat(report.of("summary-exceeds-body")).hasSize(1);
    assertThat(report.of("summary-unsupported")).isEmpty();
    // the same entries against the whole body: each is about a story
    assertThat(validate("- 示例模型发布\\n- 示例工具更新\\n- 示例芯片出货", ITEMS).of("summary-unsupported")).isEmpty();
  }
}
