package org.digestkit.validate;

import java.util.Objects;

/**
 * A fix a rule offers: replace {@code expected} at a position of the source text by {@code replacement}. Fixes
 * are text edits, so applying one leaves every other byte of the file as it was.
 *
 * <p>{@code digest fix} applies the fix of every finding that carries one (whether or not its rule says it
 * {@linkplain org.digestkit.validate.spi.DigestRule#offersFixes offers fixes}), skipping a fix whose
 * {@code expected} text is not there or that overlaps one after it. It then checks only that the result parses
 * and that a second pass changes nothing; it does not compare how the post renders. What a fix does to the
 * rendered post is its rule's responsibility ({@code bold-not-rendered}, for one, renders the paragraph before
 * and after and offers a fix only where just the run changes).
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
