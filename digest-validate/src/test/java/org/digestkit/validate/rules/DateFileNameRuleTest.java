package org.digestkit.validate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.digestkit.validate.DigestValidator;
import org.digestkit.validate.Finding;
import org.digestkit.validate.RuleSetting;
import org.digestkit.validate.ValidationConfig;
import org.digestkit.validate.spi.RuleOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code date-file-name} reads a date only from a file name that starts with {@code YYYY-MM-DD}. */
class DateFileNameRuleTest {
  private static final String RULE = "date-file-name";
  private static final String POST = """
      ---
      title: 示例日报
      date: 2026-07-09
      category: AI 日报
      summary: "- 示例模型发布\\n- 示例工具更新"
      ---
      # 示例日报

      ## 模型与产品

      ### [示例模型发布](https://example.com/news/1)

      示例模型发布了新版本。

      ### [示例工具更新](https://example.com/news/2)

      工具支持本地推理。
      """;

  private static List<String> findings(String file) {
    DigestValidator validator = DigestValidator.of(ValidationConfig.defaults().withRule(RULE,
        new RuleSetting(true, null, new RuleOptions(Map.of()))));
    List<String> out = new ArrayList<>();
    for (Finding f : validator.validate(POST, file).of(RULE)) {
      out.add(f.line() + ":" + f.column() + " " + f.message());
    }
    return out;
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-07-02.md", "2026-07-02-example.md", "posts/2026-07-02_example.md",
      "2026-07-0212.md"})
  void aFileNameStartingWithAnotherDateIsReported(String file) {
    assertThat(findings(file)).containsExactly(
        "3:1 date 2026-07-09 is 7 days after the file name's date 2026-07-02 (allowed: 0)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-07-09-example.md", "2026-7-02-example.md", "20260702-example.md",
      "2026-07-0x-example.md", "2026/07-02.md", "x2026-07-02.md", "2026-07.md", "example.md", "2026-07-02/post.md",
      "2026-02-30-example.md"})
  void aFileNameWithoutAnotherValidLeadingDateIsNot(String file) {
    assertThat(findings(file)).isEmpty();
  }
}
