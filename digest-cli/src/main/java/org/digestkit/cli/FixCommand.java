package org.digestkit.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.digestkit.validate.DigestValidator;
import org.digestkit.validate.Finding;
import org.digestkit.validate.Fix;
import org.digestkit.validate.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code digest fix PATH…}: applies the fixes rules offer (a corrupted label, a corrupted numbering separator, a
 * bold run CommonMark will not render) as text edits, leaving every other byte as it was, and reports the
 * findings of those rules that come without a fix.
 */
@Command(name = "fix", mixinStandardHelpOptions = true,
    description = {"Apply the fixes rules offer; every other byte stays as it was.",
        "Findings no fix would mend are listed; exit 1 when one of them is an error."})
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
    Rewrite rewrite = new Rewrite(spec.commandLine().getOut(), spec.commandLine().getErr());
    // the findings without a fix of each post, from its last pass (positions in the text as fixed)
    Map<Path, List<Finding>> unfixed = new LinkedHashMap<>();
    Rewrite.Outcome outcome = rewrite.run(found.posts(), (file, text, digest) -> {
      List<Finding> left = new ArrayList<>();
      String result = apply(text, validators.forPost(file), file.toString(), left);
      unfixed.put(file, left);
      return result;
    }, dryRun ? Rewrite.Mode.DRY_RUN : Rewrite.Mode.WRITE, "fix", false);
    boolean errorLeft = false;
    for (Map.Entry<Path, List<Finding>> e : unfixed.entrySet()) {
      for (Finding f : e.getValue()) {
        spec.commandLine().getOut().println(e.getKey() + ":" + f + " (no fix offered)");
        errorLeft |= f.severity() == Severity.ERROR;
      }
    }
    if (outcome.failed() > 0 || !found.problems().isEmpty()) {
      return ExitCodes.ERROR;
    }
    return errorLeft ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  /**
   * The text with every offered fix applied (a fix whose text is no longer there is skipped); adds to
   * {@code unfixed} the findings of rules that offer fixes that come without one.
   */
  static String apply(String text, DigestValidator validator, String file, List<Finding> unfixed) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    Set<String> fixing = new HashSet<>();
    for (DigestValidator.ActiveRule r : validator.rules()) {
      if (r.rule().offersFixes()) {
        fixing.add(r.rule().id());
      }
    }
    List<Fix> fixes = new ArrayList<>();
    for (Finding f : validator.validate(text, file).findings()) {
      if (f.fix() != null) {
        fixes.add(f.fix());
      } else if (fixing.contains(f.rule())) {
        unfixed.add(f);
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
