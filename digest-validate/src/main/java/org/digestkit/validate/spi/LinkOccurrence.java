package org.digestkit.validate.spi;

import java.util.Objects;

/**
 * A link in a post: its destination, text, where it stands, and in what kind of element.
 *
 * @param url the destination as written
 * @param text the link text as written, for a link in Markdown link syntax; empty for a bare URL ({@link
 *     Place#BARE}) and for a URL in the footer's HTML ({@link Place#FOOTER}), which have none
 * @param line 1-based line of the destination's first character
 * @param column 1-based column of the destination's first character
 * @param place the kind of element that holds the link
 */
public record LinkOccurrence(String url, String text, int line, int column, Place place) {
  /**
   * Checks the components.
   *
   * @param url the destination as written
   * @param text the link text as written, for a link in Markdown link syntax; empty for a bare URL ({@link
 *     Place#BARE}) and for a URL in the footer's HTML ({@link Place#FOOTER}), which have none
   * @param line 1-based line of the destination's first character
   * @param column 1-based column of the destination's first character
   * @param place the kind of element that holds the link
   */
  public LinkOccurrence {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(place, "place");
  }

  /** The kind of element a link stands in. */
  public enum Place {
    /** A section or item heading. */
    HEADING,
    /** A one-line entry. */
    ENTRY,
    /** Body text: paragraphs, bullets, labels, tables. */
    BODY,
    /** A URL written out without link syntax. */
    BARE,
    /** The footer's HTML: a URL in an attribute value (without its quotes) or in the text. */
    FOOTER
  }
}
