package org.digestkit.core.markdown;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz target for {@link FastMarkdown}: on any text, its tree is commonmark-java's (the law of
 * {@link FastMarkdownTest}). Regression mode runs the seeds in
 * {@code src/test/resources/org/digestkit/core/markdown/FastMarkdownFuzzTestInputs/sameTree/}; to fuzz:
 * {@code JAZZER_FUZZ=1 mvn test -pl digest-core -Dtest=FastMarkdownFuzzTest -Djazzer.max_duration=10m}.
 */
class FastMarkdownFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void sameTree(byte[] data) {
    if (data.length <= 8192) {
      FastMarkdownTest.check(new String(data, StandardCharsets.UTF_8));
    }
  }
}
