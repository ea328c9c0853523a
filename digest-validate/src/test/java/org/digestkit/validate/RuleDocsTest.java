package org.digestkit.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.digestkit.validate.DigestValidator.ActiveRule;
import org.digestkit.validate.spi.RuleOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Every rule has a documentation page whose examples are executable: the failing example gets a finding of the
 * rule at the stated line and column, the passing example none.
 */
class RuleDocsTest {
  private static final Pattern EXAMPLE = Pattern.compile("````markdown\n(.*?)\n````", Pattern.DOTALL);
  private static final Pattern EXPECT = Pattern.compile("<!-- expect: (\\d+):(\\d+) -->");
  private static final Pattern OPTIONS = Pattern.compile("<!-- options: (.*?) -->");
  private static final Pattern FILE = Pattern.compile("<!-- file: (.*?) -->");
  private static final Pattern TYPE = Pattern.compile("<!-- front-matter type: (.*?) -->");

  static List<String> ruleIds() {
    return DigestValidator.defaults().rules().stream().map(r -> r.rule().id()).toList();
  }

  @Test
  void everyRuleIsDocumentedAndEveryPageIsARule() {
    assertThat(ruleIds()).hasSizeGreaterThanOrEqualTo(29);
    for (String id : ruleIds()) {
      assertThat(RuleDocs.page(id)).as(id).isPresent();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ruleIds")
  @SuppressWarnings("unchecked")
  void failingExampleFailsAtItsPositionAndPassingExamplePasses(String id) throws ClassNotFoundException {
    String page = RuleDocs.page(id).orElseThrow();
    assertThat(page).startsWith("# " + id + "\n").contains("## Why", "## Options");
    Matcher examples = EXAMPLE.matcher(page);
    assertThat(examples.find()).as("failing example").isTrue();
    String failing = examples.group(1);
    assertThat(examples.find()).as("passing example").isTrue();
    String passing = examples.group(1);
    Matcher expect = EXPECT.matcher(page);
    assertThat(expect.find()).as("expected position").isTrue();
    Map<String, Object> options = Map.of();
    Matcher o = OPTIONS.matcher(page);
    if (o.find()) {
      options = YAMLMapper.builder().build().readValue(o.group(1), Map.class);
    }
    Matcher f = FILE.matcher(page);
    String failingFile = f.find() ? f.group(1) : "2026-07-02-example.md";

    ValidationConfig config = ValidationConfig.defaults().withRule(id, new RuleSetting(true, null,
        new RuleOptions(options)));
    DigestValidator.Builder builder = DigestValidator.builder().config(config);
    Matcher type = TYPE.matcher(page);
    if (type.find()) {
      builder.frontMatter(Class.forName(type.group(1)));
    }
    DigestValidator validator = builder.build();
    List<Finding> failed = validator.validate(failing, failingFile).of(id);
    assertThat(failed).as("findings of %s on its failing example", id).isNotEmpty();
    assertThat(failed.get(0).line() + ":" + failed.get(0).column())
        .as(failed.stream().map(Finding::toString).collect(Collectors.joining("\n")))
        .isEqualTo(expect.group(1) + ":" + expect.group(2));
    assertThat(validator.validate(passing, "2026-07-02-example.md").of(id))
        .as("findings of %s on its passing example", id).isEmpty();
    ActiveRule active = validator.rules().stream().filter(r -> r.rule().id().equals(id)).findFirst().orElseThrow();
    assertThat(page).contains("**Severity:** " + active.rule().defaultSeverity().label());
  }
}
