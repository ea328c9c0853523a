package org.digestkit.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.digestkit.core.Posts;
import org.junit.jupiter.api.Test;

/** One validator shared by 8 threads gives exactly the single-threaded results. */
class ConcurrencyTest {
  @Test
  void sharedValidatorIsThreadSafe() throws Exception {
    DigestValidator validator = DigestValidator.of(ValidationConfig.profile("aicode-ai-daily"));
    List<Path> posts = Posts.all();
    List<ValidationReport> expected = new ArrayList<>();
    for (Path p : posts) {
      expected.add(validator.validate(p));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<ValidationReport>>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        futures.add(pool.submit(() -> {
          List<ValidationReport> out = new ArrayList<>();
          for (Path p : posts) {
            out.add(validator.validate(p));
          }
          return out;
        }));
      }
      for (Future<List<ValidationReport>> f : futures) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
