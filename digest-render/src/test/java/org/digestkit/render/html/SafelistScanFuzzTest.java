package org.digestkit.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Random;
import org.digestkit.render.RenderOptions;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * What {@link SafelistScan} accepts, jsoup's {@code Cleaner.isValidBodyHtml} accepts: on markup spelled from a
 * token vocabulary (tags, attributes, references, near-misses) and on the seeded generator's samples. Fuzz with
 * {@code JAZZER_FUZZ=1 mvn test -pl digest-render -Dtest=SafelistScanFuzzTest}.
 */
class SafelistScanFuzzTest {
  private static final Safelist SAFELIST = new HtmlBody(RenderOptions.defaults()).safelist();
  private static final SafelistScan SCAN = new SafelistScan(SAFELIST);

  @FuzzTest(maxDuration = "10m")
  void acceptsOnlyWhatJsoupAccepts(byte[] data) {
    check(HtmlSoup.fromTokens(data));
    long seed = 0;
    for (int i = 0; i < Math.min(8, data.length); i++) {
      seed = seed << 8 | (data[i] & 0xFF);
    }
    check(HtmlSoup.generate(new Random(seed)));
  }

  private static void check(String html) {
    if (SCAN.accepts(html)) {
      assertThat(new Cleaner(SAFELIST).isValidBodyHtml(html)).as(html).isTrue();
    }
  }
}
