package org.digestkit.validate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.digestkit.core.Posts;
import org.digestkit.core.model.Cjk;
import org.digestkit.validate.DigestValidator;
import org.digestkit.validate.Finding;
import org.digestkit.validate.RuleSetting;
import org.digestkit.validate.ValidationConfig;
import org.digestkit.validate.spi.RuleOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code generator-leftover} on realistic leftovers of several kinds, and on content that only looks alike. */
class GeneratorLeftoverRuleTest {
  private static final String RULE = "generator-leftover";
  private static final String HEAD = """
      ---
      title: 示例日报
      date: 2026-07-02
      category: AI 日报
      ---
      # 示例日报

      ## 模型与产品

      ### [示例模型发布](https://example.com/news/1)

      示例模型发布了新版本，推理速度提升一倍，支持更长的上下文窗口。

      """; // the next line is line 14

  private static List<String> findings(String post, Map<String, ?> options) {
    DigestValidator validator = DigestValidator.of(ValidationConfig.defaults().withRule(RULE,
        new RuleSetting(true, null, new RuleOptions(options))));
    List<String> out = new ArrayList<>();
    for (Finding f : validator.validate(post, "2026-07-02-example.md").of(RULE)) {
      out.add(f.line() + ":" + f.column());
    }
    return out;
  }

  private static List<String> findings(String post) {
    return findings(post, Map.of());
  }

  @ParameterizedTest
  @ValueSource(strings = {"（本节内容待补充）", "(No updates in this category today.)", "【占位】", "[TBD]", "暂无", "暂无动态。",
      "TODO", "N/A", "……", "{{ section_body }}", "**（内容生成失败，请稍后重试）**", "「此处应有新闻」"})
  void aSectionWhoseOnlyContentIsAPlaceholderLine(String placeholder) {
    String post = HEAD + "## 行业观察\n\n" + placeholder + "\n";
    assertThat(findings(post)).startsWith("16:1");
  }

  @Test
  void anItemOrAMoreListWhoseOnlyContentIsAPlaceholder() {
    assertThat(findings(HEAD + "### [示例工具更新](https://example.com/news/2)\n\n(content pending)\n"))
        .containsExactly("16:1");
    assertThat(findings(HEAD + "## 更多动态\n\n- （今日无更多动态）\n")).containsExactly("16:1");
    // after a rule, and as the only bullet of a list
    assertThat(findings(HEAD + "## 行业观察\n\n---\n\n- 待更新\n")).containsExactly("18:1");
  }

  @Test
  void unresolvedTemplateTextAtItsColumn() {
    assertThat(findings(HEAD + "### 示例工具更新\n\n工具支持本地推理，详情见 {{ $json.link }} 页面。\n")).containsExactly("16:14");
    assertThat(findings(HEAD + "### ${headline}\n\n工具支持本地推理。\n")).containsExactly("14:5");
    assertThat(findings(HEAD + "### 示例工具更新\n\n- 发布时间：2026年7月\n- 合作方：[object Object]\n"))
        .containsExactly("17:7");
    // on the second line of a paragraph
    assertThat(findings(HEAD + "### 示例工具更新\n\n工具支持本地推理。\n价格为 <%= price %> 元。\n")).containsExactly("17:5");
  }

  @Test
  void boilerplateInAnotherScriptThanThePost() {
    String english = HEAD + "## System Diagnostic Report\n\n- Pipeline status: completed with warnings\n"
        + "- Sources fetched: 12 of 14, two feeds timed out\n";
    assertThat(findings(english)).containsExactly("14:1");
    String runLog = HEAD + "Generated automatically by the content pipeline.\nPlease review before publishing"
        + " to the public channel.\n";
    assertThat(findings(runLog)).containsExactly("14:1");
    String chineseInEnglish = """
        # Weekly AI notes

        ## Models

        ### Example Labs ships a faster runtime

        The runtime now runs on laptops and keeps a longer context window than the previous release did.
        Early users report that it halves the time to the first token on common hardware.

        本报告由自动化系统生成，内容仅供内部参考，如有问题请联系运维值班人员处理。
        """;
    assertThat(findings(chineseInEnglish)).containsExactly("10:1");
  }

  @Test
  void theNumberOfForeignWordsIsAnOption() {
    String post = HEAD + "Status: all feeds fetched, nothing to report.\n";
    assertThat(findings(post)).isEmpty();
    assertThat(findings(post, Map.of("foreign-words", 5))).containsExactly("14:1");
  }

  @Test
  void markersAreFoundCaseInsensitivelyOnlyWhenConfigured() {
    String post = HEAD + "### 示例工具更新\n\n工具支持本地推理。[pipeline-run-id: 7f3a]\n";
    assertThat(findings(post)).isEmpty();
    assertThat(findings(post, Map.of("markers", List.of("Pipeline-Run-ID")))).containsExactly("16:11");
    // a marker inside another one found is the same leftover
    assertThat(findings(post, Map.of("markers", List.of("run-id", "PIPELINE-RUN-ID")))).containsExactly("16:11");
    // case folding that changes a string's length does not move the column
    String dotted = HEAD + "### 示例工具更新\n\nİİ 工具支持本地推理。Pipeline-Run-ID: 7f3a\n";
    assertThat(findings(dotted, Map.of("markers", List.of("pipeline-run-id")))).containsExactly("16:13");
  }

  /**
   * The marker search finds the first match that comparing at every offset ignoring case finds, and the search
   * for all markers at once (markers sharing the character they are looked for by) finds whether any occurs
   * (seeded).
   */
  @Test
  void markerSearchAgreesWithComparingAtEveryOffset() {
    Random random = new Random(21);
    String[] pieces = {"Diagnostic", "DIAGNOSTIC report", "diagnostic Report", "Report", "https://x.com/p", " ",
        "系统", "作为一个AI语言模型", "作为", "模型", "execution id", "EXECUTION", "İ", "y", "g", "Y", "ß", "\n", "ago",
        "KİT", "kit"};
    String[] phrases = {"System Diagnostic Report", "Diagnostic Report", "DIAGNOSTIC REPORT", "Execution ID",
        "作为一个AI语言模型", "作为一个人工智能语言模型", "y", "G", "ID", "ag", "AG", "language", "kit"};
    for (int round = 0; round < 5_000; round++) {
      StringBuilder built = new StringBuilder();
      for (int k = random.nextInt(12); k > 0; k--) {
        built.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = built.toString();
      List<String> chosen = new ArrayList<>();
      boolean anyFound = false;
      for (int k = 1 + random.nextInt(3); k > 0; k--) {
        String phrase = phrases[random.nextInt(phrases.length)];
        int expected = firstOffsetIgnoringCase(text, phrase);
        assertThat(GeneratorLeftoverRule.Marker.of(phrase).indexIn(text)).as("%s in %s", phrase, text)
            .isEqualTo(expected);
        chosen.add(phrase);
        anyFound |= expected >= 0;
      }
      assertThat(GeneratorLeftoverRule.Markers.of(chosen).anyIn(text)).as("%s in %s", chosen, text)
          .isEqualTo(anyFound);
    }
  }

  /**
   * The marker search compares a CJK character only with itself, as no other character equals one ignoring case:
   * a CJK character folds to itself (so to no other character), and a character that folds to a CJK character is
   * that character.
   */
  @Test
  void noOtherCharacterEqualsACjkCharacterIgnoringCase() {
    int cjk = 0;
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char folded = Character.toLowerCase(Character.toUpperCase((char) c));
      if (Cjk.isCjk(c)) {
        assertThat(folded).as("U+%04X", c).isEqualTo((char) c);
        cjk++;
      }
      if (Cjk.isCjk(folded)) {
        assertThat((char) c).as("U+%04X", c).isEqualTo(folded);
      }
    }
    assertThat(cjk).isGreaterThan(20_000);
  }

  /** The marker search folds a character above ASCII only when it is one of the few that fold to ASCII. */
  @Test
  void fewCharactersAboveAsciiFoldToAscii() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char folded = GeneratorLeftoverRule.fold((char) c);
      if (c < 0x80) {
        assertThat(folded).as("U+%04X", c).isLessThan((char) 0x80);
      } else {
        assertThat(folded < 0x80).as("U+%04X", c)
            .isEqualTo(GeneratorLeftoverRule.FOLDING_TO_ASCII.indexOf(c) >= 0);
      }
    }
  }

  /** The characters a placeholder line can start with are exactly those its pattern reads past. */
  @Test
  void placeholderStartsAreTheFirstCharactersOfThePattern() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      java.util.regex.Matcher m = GeneratorLeftoverRule.PLACEHOLDER.matcher(String.valueOf((char) c));
      boolean starts = m.matches() || m.hitEnd();
      assertThat(GeneratorLeftoverRule.PLACEHOLDER_STARTS.indexOf(c) >= 0).as("U+%04X", c).isEqualTo(starts);
    }
  }

  private static int firstOffsetIgnoringCase(String text, String phrase) {
    for (int at = 0; at + phrase.length() <= text.length(); at++) {
      if (text.regionMatches(true, at, phrase, 0, phrase.length())) {
        return at;
      }
    }
    return -1;
  }

  @Test
  void contentThatOnlyLooksLikeALeftover() {
    // a remark in brackets inside content, a bracketed lead, an English quote and names, foreign headlines,
    // template syntax in a code span, a path
    String post = HEAD + """
        示例模型还支持本地部署（注：仅面向企业用户）。

        ## 行业观察

        （本周观察）芯片出货量创新高，多家厂商上调全年预期。

        ### 一句话

        他说："We are shipping it to everyone next week, including the free tier."

        ### 工具

        模板写法为 `{{ name }}`，配置文件在 /etc/example/config.yaml，支持 OpenAI API 与 Claude Code。

        ## 更多动态

        - [Example Labs ships a faster local inference runtime for laptops](https://example.com/a)
        - [A new benchmark for long context retrieval is released today](https://example.com/b)
        - [Why small models still matter for on-device assistants](https://example.com/c)
        """;
    assertThat(findings(post)).isEmpty();
  }

  @Test
  void noFindingOnAnyCorpusPostInEitherProfile() throws IOException {
    Path corpus = Posts.corpus();
    DigestValidator defaults = DigestValidator.defaults();
    DigestValidator blog = DigestValidator.of(ValidationConfig.profile("aicode-ai-daily"));
    int checked = 0;
    for (Path p : Posts.all()) {
      assertThat(defaults.validate(p).of(RULE)).as(p.toString()).isEmpty();
      assertThat(blog.validate(p).of(RULE)).as(p.toString()).isEmpty();
      checked++;
    }
    assertThat(checked).isGreaterThanOrEqualTo(corpus == null ? 1 : 198);
  }
}
