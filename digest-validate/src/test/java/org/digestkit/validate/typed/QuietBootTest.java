package org.digestkit.validate.typed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.digestkit.validate.DigestValidator;
import org.junit.jupiter.api.Test;

/**
 * Booting Hibernate Validator prints nothing on the host's standard error: checked in a fresh JVM, as the JDK's
 * logging is set up once per process (its console handler writes to the {@code System.err} of that moment).
 */
class QuietBootTest {

  /** Validates a post with a front-matter type (Hibernate Validator boots) and prints its findings' rule ids. */
  public static void main(String[] args) {
    DigestValidator validator = DigestValidator.builder().frontMatter(SiteMeta.class).build();
    validator.validate("---\ntitle: ''\ndate: 2026-02-30\n---\n# x\n", null).findings()
        .forEach(f -> System.out.println(f.rule()));
  }

  @Test
  void hibernateValidatorPrintsNothingOnStandardError() throws IOException, InterruptedException {
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), QuietBootTest.class.getName()).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(out.lines().toList()).as("Hibernate Validator ran").contains("front-matter-constraint",
        "front-matter-date");
    assertThat(List.of(err)).as("standard error").containsExactly("");
  }
}
