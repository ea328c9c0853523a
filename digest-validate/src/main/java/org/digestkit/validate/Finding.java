package org.digestkit.validate;

import java.util.Comparator;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One thing a rule found: the rule's stable id, its severity, a message in plain words, and the 1-based line and
 * column in the file (0 when the finding is about the whole file), with an optional fix.
 */
public record Finding(String rule, Severity severity, String message, int line, int column, @Nullable Fix fix) {

  /** Findings in file order: line, column, then rule id. */
  public static final Comparator<Finding> IN_FILE_ORDER =
      Comparator.comparingInt(Finding::line).thenComparingInt(Finding::column).thenComparing(Finding::rule);

  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
  }

  /** A copy with another severity (configuration overrides a rule's default). */
  public Finding withSeverity(Severity newSeverity) {
    return new Finding(rule, newSeverity, message, line, column, fix);
  }

  @Override
  public String toString() {
    return line + ":" + column + ": " + severity.label() + " " + rule + " " + message;
  }
}
