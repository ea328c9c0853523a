package org.digestkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.digestkit.core.DigestParseException;
import org.digestkit.core.ParseLimits;
import org.digestkit.core.model.FrontMatter;

/**
 * Fuzz target for the exact front-matter reader: on any front matter it accepts, Jackson YAML reads the same
 * entries (the law of {@link FrontMatterReaderDifferentialTest}). Regression mode in {@code mvn verify} runs the
 * seeds in {@code src/test/resources/org/digestkit/core/internal/SimpleYamlFuzzTestInputs/sameEntries/}; to fuzz:
 * {@code JAZZER_FUZZ=1 mvn test -pl digest-core -Dtest=SimpleYamlFuzzTest -Djazzer.max_duration=10m}.
 */
class SimpleYamlFuzzTest {
  private static final ParseLimits LIMITS = ParseLimits.defaults();

  @FuzzTest(maxDuration = "10m")
  void sameEntries(byte[] data) {
    String fm = new String(data, StandardCharsets.UTF_8).replace("\r", "");
    if (fm.lines().anyMatch(l -> FrontMatterReader.isFence(l, "---") || FrontMatterReader.isFence(l, "..."))
        || fm.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t' || c >= 0x7F && c <= 0x9F
            || Character.isSurrogate((char) c) || c == 0xFEFF)) {
      return; // a fence would end the front matter; control characters are refused before YAML is read
    }
    String post = "---\n" + fm + (fm.endsWith("\n") || fm.isEmpty() ? "" : "\n") + "---\n";
    Lines lines = new Lines(post);
    int close = FrontMatterReader.closingFence(lines, 0);
    if (SimpleYaml.entries(lines, 1, close, LIMITS) == null) {
      return;
    }
    FrontMatter fast = new FrontMatterReader(LIMITS, true).read(lines, 0, close, new Cursor(lines, null));
    FrontMatter jackson;
    try {
      jackson = new FrontMatterReader(LIMITS, false).read(lines, 0, close, new Cursor(lines, null));
    } catch (DigestParseException e) {
      throw new AssertionError("the fast path accepted what Jackson refuses: " + e.getMessage() + "\n" + post, e);
    }
    assertThat(fast.entries()).as(post).isEqualTo(jackson.entries());
    for (int i = 0; i < fast.entries().size(); i++) {
      assertThat(fast.entries().get(i).source().raw()).as(post).isEqualTo(jackson.entries().get(i).source().raw());
    }
  }
}
