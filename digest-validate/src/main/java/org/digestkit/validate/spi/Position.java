package org.digestkit.validate.spi;

/**
 * A place in a post's text as editors show it: 1-based line and 1-based column (UTF-16 code units from the
 * line's start).
 *
 * @param line 1-based line
 * @param column 1-based column
 */
public record Position(int line, int column) {
  /**
   * Checks the components.
   *
   * @param line 1-based line
   * @param column 1-based column
   */
  public Position {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("positions are 1-based: " + line + ":" + column);
    }
  }
}
