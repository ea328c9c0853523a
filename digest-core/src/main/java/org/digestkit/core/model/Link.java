package org.digestkit.core.model;

import java.util.Objects;

/**
 * An inline Markdown link {@code [text](url)} found in a line of text.
 *
 * @param text the link text as written (it may contain inline markup such as {@code **})
 * @param url the destination as written, without angle brackets or title
 * @param start the index of {@code [} in the scanned text
 * @param end the index just after {@code )} in the scanned text
 * @param urlStart the index of the destination's first character in the scanned text
 * @param urlEnd the index just after the destination's last character
 */
public record Link(String text, String url, int start, int end, int urlStart, int urlEnd) {
  /**
   * Checks the components.
   *
   * @param text the link text as written (it may contain inline markup such as {@code **})
   * @param url the destination as written, without angle brackets or title
   * @param start the index of {@code [} in the scanned text
   * @param end the index just after {@code )} in the scanned text
   * @param urlStart the index of the destination's first character in the scanned text
   * @param urlEnd the index just after the destination's last character
   */
  public Link {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(url, "url");
  }
}
