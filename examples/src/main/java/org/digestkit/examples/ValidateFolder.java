package org.digestkit.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.digestkit.validate.DigestValidator;
import org.digestkit.validate.Finding;
import org.digestkit.validate.Severity;
import org.digestkit.validate.ValidationConfig;
import org.digestkit.validate.ValidationReport;

/**
 * Validates every post of a folder through the library API and prints the findings; returns how many errors.
 *
 * <p>{@code mvn -q -pl examples exec:java -Dexec.mainClass=org.digestkit.examples.ValidateFolder
 * -Dexec.args="../shared/corpus aicode-ai-daily"}
 */
public final class ValidateFolder {
  private ValidateFolder() {}

  /** Validates {@code folder} with {@code profile}, printing to {@code out}; returns the error count. */
  public static int run(Path folder, String profile, PrintStream out) throws IOException {
    DigestValidator validator = DigestValidator.of(ValidationConfig.profile(profile));   // build once, share
    List<Path> posts;
    try (Stream<Path> s = Files.list(folder)) {
      posts = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    int errors = 0;
    for (Path post : posts) {
      ValidationReport report = validator.validate(post);                                   // never throws for a bad post
      for (Finding f : report.findings()) {
        out.printf("%s:%d:%d: %s %s %s%n", post.getFileName(), f.line(), f.column(), f.severity().label(), f.rule(),
            f.message());
      }
      errors += report.count(Severity.ERROR);
    }
    out.printf("%d posts, %d errors%n", posts.size(), errors);
    return errors;
  }

  public static void main(String[] args) throws IOException {
    int errors = run(Path.of(args.length > 0 ? args[0] : "."), args.length > 1 ? args[1] : "default", System.out);
    System.exit(errors > 0 ? 1 : 0);
  }
}
