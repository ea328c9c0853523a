package org.digestkit.validate.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.digestkit.core.Digest;
import org.digestkit.core.DigestParseException;
import org.digestkit.validate.DigestSelection;
import org.digestkit.validate.DigestValidator;
import org.digestkit.validate.Finding;
import org.digestkit.validate.ValidationConfig;
import org.digestkit.validate.ValidationReport;
import org.digestkit.validate.internal.PostAnalysisTest;

/**
 * The validator never throws and never fails a rule, whatever the input ({@code rule-failure} findings are
 * bugs). Fuzz with {@code JAZZER_FUZZ=1 mvn test -pl digest-validate -Dtest=ValidateFuzzTest}.
 */
class ValidateFuzzTest {
  private static final DigestValidator VALIDATOR = DigestValidator.of(ValidationConfig.profile("aicode-ai-daily")
      .withDigests(DigestSelection.all()));

  @FuzzTest(maxDuration = "10m")
  void validate(byte[] data) {
    ValidationReport report = VALIDATOR.validate(new String(data, StandardCharsets.UTF_8), "2026-01-01-x.md");
    for (Finding f : report.findings()) {
      assertThat(f.rule()).isNotEqualTo(DigestValidator.RULE_FAILURE);
      assertThat(f.line()).isNotNegative();
    }
  }

  /** The link index, which looks only in leaves whose text holds "](" or "://", misses no leaf's link. */
  @FuzzTest(maxDuration = "10m")
  void linksOfEveryLeaf(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    Digest digest;
    try {
      digest = Digest.parse(text);
    } catch (DigestParseException e) {
      return;
    }
    PostAnalysisTest.assertLinksOfEveryLeafAreFound(digest, text);
  }
}
