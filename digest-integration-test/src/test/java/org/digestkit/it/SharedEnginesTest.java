package org.digestkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.digestkit.core.Digest;
import org.digestkit.core.DigestParser;
import org.digestkit.core.Posts;
import org.digestkit.render.DigestRenderer;
import org.digestkit.render.DigestRenderers;
import org.digestkit.validate.DigestValidator;
import org.digestkit.validate.ValidationConfig;
import org.digestkit.validate.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Item 46: one parser, validator and renderer shared by 8 threads give exactly the single-threaded results. */
class SharedEnginesTest {
  record Result(Digest digest, String markdown, ValidationReport report, String html, String telegram) {}

  @Test
  @Timeout(value = 600, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a hang catcher, not a speed test
  void eightThreadsTimesTheCorpusMatchOneThread() throws Exception {
    DigestParser parser = DigestParser.defaults();
    DigestValidator validator = DigestValidator.of(ValidationConfig.profile("aicode-ai-daily"));
    DigestRenderer html = DigestRenderers.forFormat("html");
    DigestRenderer telegram = DigestRenderers.forFormat("telegram");
    List<byte[]> posts = new ArrayList<>();
    for (Path p : Posts.all()) {
      posts.add(Files.readAllBytes(p));
    }
    List<Result> expected = run(posts, parser, validator, html, telegram);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<Result>>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        futures.add(pool.submit(() -> run(posts, parser, validator, html, telegram)));
      }
      for (Future<List<Result>> f : futures) {
        List<Result> got = f.get();
        assertThat(got).hasSameSizeAs(expected);
        for (int i = 0; i < got.size(); i++) {
          assertThat(got.get(i)).isEqualTo(expected.get(i));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<Result> run(List<byte[]> posts, DigestParser parser, DigestValidator validator,
      DigestRenderer html, DigestRenderer telegram) {
    List<Result> out = new ArrayList<>();
    for (byte[] b : posts) {
      Digest d = parser.parse(b);
      String md = d.toMarkdown();
      out.add(new Result(d, md, validator.validate(md, null), html.render(d), telegram.render(d)));
    }
    return out;
  }
}
