package org.digestkit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.digestkit.core.Digest;
import org.digestkit.validate.DigestValidator;
import org.digestkit.validate.Finding;
import org.digestkit.validate.Severity;
import org.digestkit.validate.ValidationConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example rule runs as a third-party rule does: found through its services file by {@link DigestValidator},
 * configured by its id and option in {@code .digestkit.yaml}, and silenced by a suppression comment.
 */
class HeadlineLengthRuleTest {
  private static final String LONG = "一".repeat(41);

  @TempDir
  Path dir;

  /** A digest with a short headline and a 41-character one. */
  private static Digest post() {
    return Digest.builder().title("AI 日报").date(LocalDate.of(2026, 7, 2)).category("AI 日报")
        .section("模型", s -> s
            .item("短标题", "https://example.com/a", i -> i.paragraph("正文。"))
            .item(LONG, "https://example.com/b", i -> i.paragraph("正文。"))
            .item("又一条", "https://example.com/c", i -> i.paragraph("正文。")))
        .summaryFromHeadlines().build();
  }

  private DigestValidator validator(String yaml) throws Exception {
    return DigestValidator.of(ValidationConfig.load(Files.writeString(dir.resolve(".digestkit.yaml"), yaml)));
  }

  private static List<Finding> ofTheRule(List<Finding> findings) {
    return findings.stream().filter(f -> f.rule().equals(HeadlineLengthRule.ID)).toList();
  }

  @Test
  void theServicesFileRegistersTheRule() {
    assertThat(DigestValidator.defaults().rules()).filteredOn(r -> r.rule().id().equals(HeadlineLengthRule.ID))
        .singleElement().satisfies(r -> {
          assertThat(r.enabled()).isTrue();
          assertThat(r.severity()).isEqualTo(Severity.WARNING);
        });
  }

  @Test
  void aHeadlineOverTheConfiguredMaximumIsReportedAtItsHeading() throws Exception {
    Digest post = post();
    String text = post.toMarkdown();
    int line = text.substring(0, text.indexOf("### [" + LONG)).split("\n", -1).length;
    List<Finding> found = ofTheRule(validator("rules:\n  example-headline-length: { severity: error, max: 40 }\n")
        .validate(post, "2026-07-02.md").findings());
    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.line()).isEqualTo(line);
      assertThat(f.column()).isEqualTo(1);
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.message()).isEqualTo("headline has 41 characters (at most 40)");
    });
    assertThat(ofTheRule(validator("rules:\n  example-headline-length: { max: 41 }\n").validate(post).findings()))
        .isEmpty();
    assertThat(ofTheRule(DigestValidator.defaults().validate(post).findings())).as("default maximum 60").isEmpty();
  }

  @Test
  void aSuppressionCommentSilencesIt() throws Exception {
    String text = post().toMarkdown().replace("### [" + LONG,
        "<!-- digestkit-disable-next-line example-headline-length -->\n### [" + LONG);
    DigestValidator validator = validator("rules:\n  example-headline-length: { max: 40 }\n");
    assertThat(ofTheRule(validator.validate(text, "2026-07-02.md").findings())).isEmpty();
    assertThat(ofTheRule(validator.validate(text.replace("disable-next-line", "disable-line"), null).findings()))
        .as("a comment on another line suppresses nothing there").hasSize(1);
  }

  @Test
  void aWrongOptionIsAConfigurationErrorWithItsPosition() {
    assertThatThrownBy(() -> validator("rules:\n  example-headline-length: { max: 0 }\n"))
        .isInstanceOf(ValidationConfig.ConfigException.class)
        .hasMessageContaining(".digestkit.yaml:2:")
        .hasMessageContaining("must be a whole number from 1 to 1000, not 0");
    assertThatThrownBy(() -> validator("rules:\n  example-headline-length: { maximum: 40 }\n"))
        .isInstanceOf(ValidationConfig.ConfigException.class)
        .hasMessageContaining("has no option 'maximum'");
  }
}
