package org.digestkit.core.internal;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz target for the fast block scanner: on any text it accepts, its tree is commonmark-java's (the law of
 * {@link FastBlocksTest}). Regression mode in {@code mvn verify} runs the seeds in
 * {@code src/test/resources/org/digestkit/core/internal/FastBlocksFuzzTestInputs/sameTree/}; to fuzz:
 * {@code JAZZER_FUZZ=1 mvn test -pl digest-core -Dtest=FastBlocksFuzzTest -Djazzer.max_duration=10m}.
 */
class FastBlocksFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void sameTree(byte[] data) {
    FastBlocksTest.check(new String(data, StandardCharsets.UTF_8));
  }
}
