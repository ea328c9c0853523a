package org.digestkit.validate;

import java.util.Objects;

/**
 * A fix a rule offers: replace {@code expected} at a position of the source text by {@code replacement}. Fixes
 * are text edits, so applying one leaves every other byte of the file as it was.
 *
 * @param line 1-based line of the text to replace
 * @param column 1-based column (UTF-16 code units) of the text to replace
 * @param expected the text that must stand there (the fix is skipped if the file changed)
 * @param replacement what to put instead
 */
public record Fix(int line, int column, String expected, String replacement) {
  /**
   * Checks the components.
   *
   * @param line 1-based line of the text to replace
   * @param column 1-based column (UTF-16 code units) of the text to replace
   * @param expected the text that must stand there (the fix is skipped if the file changed)
   * @param replacement what to put instead
   */
  public Fix {
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(replacement, "replacement");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("fix positions are 1-based");
    }
  }
}
