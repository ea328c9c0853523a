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

  /** The validator's own ids (parse-error, rule-failure) have pages too, and docs/rules holds nothing else. */
  @Test
  void builtInIdsHavePagesAndEveryPageIsAnId() throws Exception {
    for (String id : DigestValidator.BUILT_IN.keySet()) {
      assertThat(RuleDocs.page(id)).as(id).hasValueSatisfying(page -> assertThat(page)
          .startsWith("# " + id + "\n").contains("**Severity:** error", "## Why", "## Options"));
    }
    java.nio.file.Path docs = java.nio.file.Path.of("../docs/rules");
    if (java.nio.file.Files.isDirectory(docs)) {
      try (var pages = java.nio.file.Files.list(docs)) {
        List<String> ids = pages.map(p -> p.getFileName().toString().replaceFirst("\\.md$", "")).sorted().toList();
        List<String> expected = new java.util.ArrayList<>(ruleIds());
        expected.addAll(DigestValidator.BUILT_IN.keySet());
        assertThat(ids).containsExactlyInAnyOrderElementsOf(expected);
      }
    }
  }

  @Test
  void parseErrorPageExampleFailsAtItsPosition() {
    String page = RuleDocs.page(DigestValidator.PARSE_ERROR).orElseThrow();
    Matcher examples = EXAMPLE.matcher(page);
    assertThat(examples.find()).isTrue();
    String failing = examples.group(1);
    assertThat(examples.find()).isTrue();
    String passing = examples.group(1);
    Matcher expect = EXPECT.matcher(page);
    assertThat(expect.find()).isTrue();
    List<Finding> failed = DigestValidator.defaults().validate(failing, "p.md").of(DigestValidator.PARSE_ERROR);
    assertThat(failed).singleElement().satisfies(f -> assertThat(f.line() + ":" + f.column())
        .isEqualTo(expect.group(1) + ":" + expect.group(2)));
    assertThat(DigestValidator.defaults().validate(passing, "p.md").of(DigestValidator.PARSE_ERROR)).isEmpty();
    // every code the page lists is a code the message can end with, written as the message writes it
    assertThat(failed.get(0).message()).endsWith("]");
    assertThat(page).contains("`" + failed.get(0).message().replaceAll(".*\\[([a-z0-9-]+)\\]$", "$1") + "`");
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
    // every option the rule declares is documented on its page
    String optionsSection = page.substring(page.indexOf("## Options"));
    for (org.digestkit.validate.spi.RuleOption option : active.rule().declaredOptions()) {
      assertThat(optionsSection).as("%s documents option %s", id, option.key()).contains("`" + option.key() + "`");
    }
    // the page says whether the rule runs on every post or on digests only, as the rule does
    assertThat(page.contains("**Scope:** general (all posts)") || page.contains("**Scope:** profile (all posts)"))
        .as("%s: scope line says all posts", id).isEqualTo(active.rule().appliesToAllPosts());
  }
}
