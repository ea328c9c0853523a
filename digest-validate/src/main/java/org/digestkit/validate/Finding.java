package org.digestkit.validate;

import java.util.Comparator;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One thing a rule found: the rule's stable id, its severity, a message in plain words, where it is, and an
 * optional fix.
 *
 * <p><b>Position.</b> Every finding has a place in the file: a 1-based line and a 1-based column (UTF-16 code
 * units from the line's start), never 0. A finding about something that is there is at its first character; one
 * about something missing is at the line that stands for it (a missing front-matter key at the front matter's
 * opening {@code ---}, a missing summary at its closing one, a missing footer at the last line). A finding about
 * the whole file (its name, a rule that could not run, a post too large to read) is at line 1, column 1. Every
 * report format prints these positions as they are.
 *
 * @param rule the rule's stable id, such as {@code link-unsafe}
 * @param severity how serious the finding is
 * @param message what is wrong, in plain words
 * @param line the 1-based line
 * @param column the 1-based column (UTF-16 code units)
 * @param fix the edit that mends it, or null when the rule offers none
 */
public record Finding(String rule, Severity severity, String message, int line, int column, @Nullable Fix fix) {

  /** Findings in file order: line, column, then rule id. */
  public static final Comparator<Finding> IN_FILE_ORDER =
      Comparator.comparingInt(Finding::line).thenComparingInt(Finding::column).thenComparing(Finding::rule);

  /**
   * Checks the finding.
   *
   * @param rule the rule
   * @param severity the severity
   * @param message the message, in plain words
   * @param line the 1-based line
   * @param column the 1-based column (UTF-16 code units)
   * @param fix the fix, or null
   * @throws IllegalArgumentException when the line or column is below 1
   */
  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("positions are 1-based (line 1, column 1 for the whole file): " + line + ":"
          + column);
    }
  }

  /**
   * {@return a copy with another severity} Configuration overrides a rule's default this way.
   *
   * @param newSeverity the severity of the copy
   */
  public Finding withSeverity(Severity newSeverity) {
    return new Finding(rule, newSeverity, message, line, column, fix);
  }

  /** {@return the finding as the text report shows it, {@code line:column: severity rule message}} */
  @Override
  public String toString() {
    return line + ":" + column + ": " + severity.label() + " " + rule + " " + message;
  }
}
