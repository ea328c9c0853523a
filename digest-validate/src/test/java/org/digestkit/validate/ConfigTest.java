package org.digestkit.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.digestkit.validate.spi.DigestRule;
import org.digestkit.validate.spi.RuleContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Profiles, configuration files, suppression comments and third-party rules. */
class ConfigTest {
  private static final String POST = """
      ---
      title: 示例
      date: 2026-07-02
      ---
      # 示例

      ## 模型

      ### [甲](https://example.com/)

      正文。

      ### [乙](https://example.com/a)

      正文。

      ### [丙](https://example.com/b)

      正文。
      """;

  @Test
  void configFileIsFoundByWalkingUpAndLayersOnTheProfile(@TempDir Path dir) throws Exception {
    Path posts = Files.createDirectories(dir.resolve("blog/posts/2026"));
    Files.writeString(dir.resolve("blog/.digestkit.yaml"), """
        profile: aicode-ai-daily
        rules:
          link-site-root: off
          few-items: {severity: error, min: 5}
        """);
    Path post = posts.resolve("p.md");
    Files.writeString(post, POST);
    ValidationConfig config = ValidationConfig.forPost(post);
    assertThat(config.profileName()).isEqualTo("aicode-ai-daily");
    assertThat(config.digests().describe()).isEqualTo("category AI 日报");
    assertThat(config.rule("few-items").severity()).isEqualTo(Severity.ERROR);
    assertThat(config.rule("front-matter-required").options().strings("keys", List.of())).contains("coverImage");

    DigestValidator v = DigestValidator.of(config.withDigests(DigestSelection.all()));
    ValidationReport report = v.validate(post);
    assertThat(report.of("link-site-root")).isEmpty();
    assertThat(report.of("few-items")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.message()).contains("at least 5");
    });
  }

  @Test
  void defaultsReportTheSiteRootLink() {
    ValidationReport report = DigestValidator.defaults().validate(POST, null);
    assertThat(report.of("link-site-root")).singleElement()
        .satisfies(f -> assertThat(f.line() + ":" + f.column()).isEqualTo("9:9"));
    assertThat(report.count(Severity.WARNING)).isEqualTo(report.findings().stream()
        .filter(f -> f.severity() == Severity.WARNING).count());
  }

  @Test
  void postsOfAnotherCategoryOnlyGetTheFileRules() {
    DigestValidator v = DigestValidator.of(ValidationConfig.profile("aicode-ai-daily"));
    ValidationReport report = v.validate(POST.replace("## 模型\n", "## 模型\n\n坏\u0001字符\n"), null);
    assertThat(report.findings()).extracting(Finding::rule).containsExactly("control-character");
  }

  @Test
  void badConfigurationIsAClearError(@TempDir Path dir) throws Exception {
    Path file = dir.resolve(".digestkit.yaml");
    Files.writeString(file, "rules:\n  no-such-rule: error\n");
    assertThatThrownBy(() -> DigestValidator.of(ValidationConfig.load(file)))
        .isInstanceOf(ValidationConfig.ConfigException.class).hasMessageContaining("no-such-rule");
    Files.writeString(file, "rules:\n  few-items: loud\n");
    assertThatThrownBy(() -> ValidationConfig.load(file))
        .isInstanceOf(ValidationConfig.ConfigException.class).hasMessageContaining("few-items");
    Files.writeString(file, "rulez: {}\n");
    assertThatThrownBy(() -> ValidationConfig.load(file)).hasMessageContaining("rulez");
    assertThatThrownBy(() -> ValidationConfig.profile("nope")).hasMessageContaining("aicode-ai-daily");
  }

  @Test
  void suppressionCommentsWorkLikeMarkdownlint() {
    String post = POST.replace("### [甲](https://example.com/)",
        "<!-- digestkit-disable-next-line link-site-root -->\n### [甲](https://example.com/)");
    assertThat(DigestValidator.defaults().validate(post, null).of("link-site-root")).isEmpty();
    String block = POST.replace("## 模型", "<!-- digestkit-disable -->\n\n## 模型")
        .replace("### [乙]", "<!-- digestkit-enable -->\n\n### [乙]");
    assertThat(DigestValidator.defaults().validate(block, null).of("link-site-root")).isEmpty();
    String other = POST.replace("### [甲](https://example.com/)",
        "<!-- digestkit-disable-next-line link-duplicate -->\n### [甲](https://example.com/)");
    assertThat(DigestValidator.defaults().validate(other, null).of("link-site-root")).hasSize(1);
  }

  @Test
  void parseErrorsAreFindingsNotExceptions() {
    ValidationReport report = DigestValidator.defaults().validate("---\ntitle: [oops\n---\n# x\n", "bad.md");
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo(DigestValidator.PARSE_ERROR);
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.line()).isEqualTo(2);
    });
  }

  @Test
  void thirdPartyRulesPlugInAndAFailingRuleIsReportedNotThrown() {
    DigestRule custom = new DigestRule() {
      @Override
      public String id() {
        return "no-cats";
      }

      @Override
      public String description() {
        return "no cats";
      }

      @Override
      public Severity defaultSeverity() {
        return Severity.INFO;
      }

      @Override
      public void check(RuleContext ctx) {
        if (ctx.text().contains("猫")) {
          ctx.report(1, 1, "a cat: ${1+1} #{2}");
        }
      }
    };
    DigestRule broken = new DigestRule() {
      @Override
      public String id() {
        return "broken";
      }

      @Override
      public String description() {
        return "throws";
      }

      @Override
      public Severity defaultSeverity() {
        return Severity.ERROR;
      }

      @Override
      public void check(RuleContext ctx) {
        throw new IllegalStateException("boom");
      }
    };
    DigestValidator v = DigestValidator.builder().rule(custom).rule(broken).build();
    ValidationReport report = v.validate(POST + "\n猫", null);
    assertThat(report.of("no-cats")).singleElement()
        .satisfies(f -> assertThat(f.message()).isEqualTo("a cat: ${1+1} #{2}"));
    assertThat(report.of(DigestValidator.RULE_FAILURE)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("broken").contains("boom"));
  }

  @Test
  void authorTextInFieldsIsNeverEvaluated() {
    ValidationReport report = DigestValidator.defaults().validate("---\ntitle: ${1+1}\ndate: '#{7*7}'\n---\n# x\n",
        null);
    assertThat(report.of("front-matter-date")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("#{7*7}").doesNotContain("49"));
  }
}
