package org.digestkit.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.digestkit.validate.DigestValidator;
import org.digestkit.validate.Finding;
import org.digestkit.validate.Fix;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code digest fix PATH…}: applies the fixes rules offer (a corrupted label, a corrupted numbering separator, a
 * bold run CommonMark will not render) as text edits, leaving every other byte as it was.
 */
@Command(name = "fix", mixinStandardHelpOptions = true,
    description = "Apply the fixes rules offer; every other byte stays as it was.")
final class FixCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders or globs.")
  List<String> paths;

  @Option(names = "--dry-run", description = "Write nothing; print the changes as a diff.")
  boolean dryRun;

  @Option(names = "--config", paramLabel = "FILE", description = "Configuration file.")
  Path config;

  @Option(names = "--profile", paramLabel = "NAME", description = "Profile to start from.")
  String profile;

  @Override
  public Integer call() {
    PostFiles.Found found = PostFiles.find(paths);
    found.problems().forEach(p -> spec.commandLine().getErr().println("digest: " + p));
    Validators validators = new Validators(config, profile).prepare(found.posts());
    Rewrite rewrite = new Rewrite(new SafeWriter(), spec.commandLine().getOut(), spec.commandLine().getErr());
    Rewrite.Outcome outcome = rewrite.run(found.posts(),
        (file, text, digest) -> apply(text, validators.forPost(file), file.toString()),
        dryRun ? Rewrite.Mode.DRY_RUN : Rewrite.Mode.WRITE, "fix", false);
    return outcome.failed() > 0 || !found.problems().isEmpty() ? ExitCodes.ERROR : ExitCodes.OK;
  }

  /** The text with every offered fix applied (a fix whose text is no longer there is skipped). */
  static String apply(String text, DigestValidator validator, String file) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    List<Fix> fixes = new ArrayList<>();
    for (Finding f : validator.validate(text, file).findings()) {
      if (f.fix() != null) {
        fixes.add(f.fix());
      }
    }
    if (fixes.isEmpty()) {
      return text;
    }
    int[] starts = lineStarts(body);
    fixes.sort(Comparator.comparingInt(Fix::line).thenComparingInt(Fix::column).reversed());
    StringBuilder out = new StringBuilder(body);
    int lastStart = Integer.MAX_VALUE;
    for (Fix fix : fixes) {
      if (fix.line() > starts.length) {
        continue;
      }
      int at = starts[fix.line() - 1] + fix.column() - 1;
      int end = at + fix.expected().length();
      if (end > lastStart || end > out.length() || !out.substring(at, end).equals(fix.expected())) {
        continue;
      }
      out.replace(at, end, fix.replacement());
      lastStart = at;
    }
    return (text.startsWith("\uFEFF") ? "\uFEFF" : "") + out;
  }

  private static int[] lineStarts(String s) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r' && (i + 1 == s.length() || s.charAt(i + 1) != '\n')) {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }
}
