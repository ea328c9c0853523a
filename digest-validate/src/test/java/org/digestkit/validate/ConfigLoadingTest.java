package org.digestkit.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.digestkit.validate.spi.DigestRule;
import org.digestkit.validate.spi.RuleOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Configuration is checked when it loads: YAML, keys, severities, and each rule's options against what the rule
 * declares; every problem names the file, line and column.
 */
class ConfigLoadingTest {
  @TempDir
  Path dir;

  private Path file(String yaml) throws Exception {
    return Files.writeString(dir.resolve(ValidationConfig.FILE_NAME), yaml);
  }

  /** Loads and builds the validator, as the command line does. */
  private String problem(String yaml) throws Exception {
    Path f = file(yaml);
    try {
      DigestValidator.of(ValidationConfig.load(f));
    } catch (ValidationConfig.ConfigException e) {
      return e.getMessage();
    }
    throw new AssertionError("accepted: " + yaml);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "\n", "# only a comment\n", "---\n"})
  void anEmptyFileMeansNoSettings(String yaml) throws Exception {
    ValidationConfig config = ValidationConfig.load(file(yaml));
    assertThat(config).isEqualTo(ValidationConfig.defaults());
    assertThat(DigestValidator.of(config).rules()).isNotEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // the examples: an int overflow and a word where a number belongs
      "rules:\\n  few-items: {min: 2147483648}|:2:20: rule few-items: option 'min' must be a whole number from 0 to 2147483647, not 2147483648",
      "rules:\\n  few-items: {min: abc}|:2:20: rule few-items: option 'min' must be a whole number",
      "rules:\\n  few-items:\\n    severity: warning\\n    min: -1|:4:10: rule few-items: option 'min' must be a whole number",
      "rules:\\n  few-items: {min: 2.5}|:2:20: rule few-items: option 'min'",
      "rules:\\n  few-items: {min: 99999999999999999999999}|:2:20: rule few-items: option 'min'",
      "rules:\\n  summary-unsupported: {threshold: 2.5}|:2:36: rule summary-unsupported: option 'threshold' must be a number from 0 to 2",
      "rules:\\n  summary-headline-mismatch: {threshold: high}|:2:42: rule summary-headline-mismatch: option 'threshold' must be a number",
      "rules:\\n  summary-shape: {shape: bullet}|:2:26: rule summary-shape: option 'shape' must be one of bullets",
      "rules:\\n  file-name: {pattern: '(['}|:2:24: rule file-name: option 'pattern' is not a valid regular expression",
      "rules:\\n  date-file-name: {days-after: [0, 1, two]}|:2:32: rule date-file-name: option 'days-after' must be a list of whole numbers",
      "rules:\\n  date-cover-offset: {offset-hours: 1000}|:2:37: rule date-cover-offset: option 'offset-hours' must be a whole number from -168 to 168",
      "rules:\\n  front-matter-constant: {values: [a, b]}|:2:35: rule front-matter-constant: option 'values' must be a mapping",
      "rules:\\n  few-items: {mni: 3}|:2:15: rule few-items has no option 'mni' (did you mean min?)",
      "rules:\\n  stub-post: {min: 3}|:2:15: rule stub-post has no option 'min'",
      "rules:\\n  few-itmes: warning|:2:3: unknown rule 'few-itmes' (did you mean few-items?)",
      "rules:\\n  few-items: warning\\n  link-site-root: off\\n  few-items: off|:4:3: 'few-items' is given twice (first at line 2)",
      "rules:\\n  few-items: {min: 3, min: 4}|:2:23: 'min' is given twice",
      "profile: default\\nprofile: default|:2:1: 'profile' is given twice",
      "rule:\\n  few-items: off|:1:1: unknown key 'rule' (did you mean rules?)",
      "rules:\\n  few-items: {severity: eror}|:2:25: rule few-items: 'eror' is not a severity (error, warning, info or off) (did you mean error?)",
      "rules:\\n  few-items: fatal|:2:14: rule few-items: 'fatal' is not a severity",
      "rules:\\n  few-items: {enabled: yes}|:2:24: rule few-items: enabled must be true or false",
      "rules:\\n  few-items: [a]|:2:14: rule few-items: expected off, a severity",
      "rules: [few-items]|:1:8: 'rules' must be a mapping",
      "profile: aicode-ai-dayly|:1:10: unknown profile 'aicode-ai-dayly' (did you mean aicode-ai-daily?)",
      "rules:\\n  few-items: {min: 3|:2:21: not valid YAML",
      "digests:\\n  when: {category: AI 日报}\\n  inclde: [a]|:3:3: unknown key 'inclde' under digests (did you mean include?)",
      "digests: sometimes|:1:10: 'digests' must be all, shape, or a mapping",
      "- a\\n- b|:1:1: expected a mapping of settings",
  })
  void aBadConfigurationNamesFileLineAndColumn(String yaml, String expected) throws Exception {
    String message = problem(yaml.replace("\\n", "\n"));
    assertThat(message).contains(ValidationConfig.FILE_NAME + expected);
    assertThat(message).doesNotContain("Exception").doesNotContain("tools.jackson").doesNotContain("\n");
  }

  @Test
  void aProblemInAnIncludedProfileFileNamesThatFile() throws Exception {
    Files.writeString(dir.resolve("team.yaml"), "rules:\n  few-items: {min: many}\n");
    assertThat(problem("profile: team.yaml\n")).contains("team.yaml:2:20: rule few-items: option 'min'");
    Files.writeString(dir.resolve("loop.yaml"), "profile: " + ValidationConfig.FILE_NAME + "\n");
    assertThat(problem("profile: loop.yaml\n")).contains("profiles include each other");
  }

  @Test
  void goodOptionsLoadAndReachTheRules() throws Exception {
    ValidationConfig config = ValidationConfig.load(file("""
        rules:
          few-items: {min: 5, severity: error}
          summary-unsupported: {threshold: 0.25, body-weight: 0.5}
          date-file-name: {days-after: 1}
          front-matter-required: {keys: title}
          summary-shape: {shape: SEMICOLONS}
        """));
    DigestValidator v = DigestValidator.of(config);
    assertThat(v.rules()).filteredOn(r -> r.rule().id().equals("few-items")).singleElement()
        .satisfies(r -> assertThat(r.options().integer("min", 0)).isEqualTo(5));
  }

  @Test
  void theShippedProfilesLoadWithTheirOptionsChecked() {
    for (String name : ValidationConfig.shippedProfiles()) {
      assertThat(DigestValidator.of(ValidationConfig.profile(name)).rules()).as(name).isNotEmpty();
    }
  }

  @Test
  void aThirdPartyRuleDeclaresItsOptionsAndGetsThemChecked() throws Exception {
    DigestRule declared = TestRule.declaring("no-cats",
        List.of(RuleOption.integer("max", 0, 10, "at most this many cats")));
    DigestRule bare = TestRule.declaring("no-dogs", List.of());
    Path ok = file("rules:\n  no-cats: {max: 3}\n");
    assertThat(DigestValidator.builder().config(ValidationConfig.load(ok)).rule(declared).rule(bare).build()
        .rules()).isNotEmpty();
    Path bad = file("rules:\n  no-cats: {max: 11}\n");
    assertThatThrownBy(() -> DigestValidator.builder().config(ValidationConfig.load(bad)).rule(declared).build())
        .hasMessageContaining(":2:18: rule no-cats: option 'max' must be a whole number from 0 to 10, not 11");
    Path undeclared = file("rules:\n  no-dogs: {max: 1}\n");
    assertThatThrownBy(() -> DigestValidator.builder().config(ValidationConfig.load(undeclared)).rule(bare)
        .build()).hasMessageContaining(":2:13: rule no-dogs has no option 'max'");
  }
}
