package org.digestkit.validate.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library writes nothing to the host application's console: in a fresh JVM (Hibernate Validator logs its
 * start-up line once per JVM, so it must start there) with the JDK's default logging, validating a post that
 * starts Hibernate Validator leaves standard error empty. A host that configures the logger still gets it.
 */
class QuietLoggingTest {

  @Test
  void validationStartsHibernateValidatorWithoutAConsoleLine(@TempDir Path dir) throws Exception {
    Run run = host(dir, List.of());

    assertThat(run.out).contains("front-matter-required");
    assertThat(run.err).isEmpty();
  }

  @Test
  void aHostThatAsksForHibernateValidatorsInfoLinesStillGetsThem(@TempDir Path dir) throws Exception {
    Path config = dir.resolve("logging.properties");
    Files.writeString(config, "handlers=java.util.logging.ConsoleHandler\n"
        + "java.util.logging.ConsoleHandler.level=INFO\n.level=INFO\norg.hibernate.validator.level=INFO\n");

    Run run = host(dir, List.of("-Djava.util.logging.config.file=" + config));

    assertThat(run.out).contains("front-matter-required");
    assertThat(run.err).contains("HV000001");
  }

  private record Run(String out, String err) {}

  private static Run host(Path dir, List<String> jvmOptions) throws IOException, InterruptedException {
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    List<String> command = new java.util.ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), HostApplication.class.getName()));
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("host finished").isTrue();
    assertThat(p.exitValue()).isZero();
    return new Run(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }
}
