package org.digestkit.core.model;

import java.util.Objects;

/**
 * How a post's text is laid out beyond its content: a leading byte-order mark, its line separator, and the
 * text after its last element (a final newline, or nothing). Like {@link SourceInfo} it never takes part in
 * equality: the same post with LF or CRLF line endings is the same value.
 *
 * @param bom whether the file starts with a UTF-8 byte-order mark
 * @param lineSeparator the line separator for lines the writer creates ({@code \n}, {@code \r\n})
 * @param trailing the text after the last element
 */
public record TextLayout(boolean bom, String lineSeparator, String trailing) {

  /**
   * The canonical layout of new posts: no BOM, {@code \n} line endings, and no final newline, as 161 of the
   * 162 real digests are written.
   */
  public static final TextLayout CANONICAL = new TextLayout(false, "\n", "");

  /**
   * Checks the components.
   *
   * @param bom whether the file starts with a UTF-8 byte-order mark
   * @param lineSeparator the line separator for lines the writer creates ({@code \n}, {@code \r\n})
   * @param trailing the text after the last element
   */
  public TextLayout {
    Objects.requireNonNull(lineSeparator, "lineSeparator");
    Objects.requireNonNull(trailing, "trailing");
  }

  /**
   * {@return a copy that ends with {@code newTrailing}}
   *
   * @param newTrailing the trailing of the copy
   */
  public TextLayout withTrailing(String newTrailing) {
    return new TextLayout(bom, lineSeparator, newTrailing);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TextLayout;
  }

  @Override
  public int hashCode() {
    return 0;
  }

  /**
   * {@return the layout with its line breaks written as escapes, as {@code TextLayout[bom=false, lineSeparator=\\n,
   * trailing=]}}
   */
  @Override
  public String toString() {
    return "TextLayout[bom=" + bom + ", lineSeparator=" + escaped(lineSeparator) + ", trailing=" + escaped(trailing)
        + "]";
  }

  private static String escaped(String s) {
    return s.replace("\r", "\\r").replace("\n", "\\n");
  }
}
