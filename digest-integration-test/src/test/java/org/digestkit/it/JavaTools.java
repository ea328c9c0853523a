package org.digestkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.ToolProvider;

/** The JDK's tools for tests that build and run code of their own: write a source, compile it, run a JVM. */
final class JavaTools {
  private JavaTools() {}

  /** How a JVM run ended: its exit code and what it wrote. */
  record Run(int exit, String out, String err) {}

  static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** Compiles; the compiler's messages (empty when clean). */
  static String javac(String... args) {
    List<String> all = new ArrayList<>(List.of("-encoding", "UTF-8", "-Xlint:none"));
    all.addAll(List.of(args));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = ToolProvider.getSystemJavaCompiler().run(null, err, err, all.toArray(new String[0]));
    String messages = err.toString(StandardCharsets.UTF_8);
    return code == 0 || !messages.isEmpty() ? messages : "javac exit " + code;
  }

  /** Runs this JDK's {@code java} with {@code args} in {@code dir}, for at most two minutes. */
  static Run java(Path dir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(args));
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile())
        .redirectError(err.toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("%s finished", command).isTrue();
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
