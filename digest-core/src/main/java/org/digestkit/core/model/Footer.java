package org.digestkit.core.model;

import java.util.Objects;

/**
 * The trailer after the post's last {@code ---} rule: raw HTML (a subscription card, for instance).
 *
 * @param html the trailer as written, after the rules
 * @param rules how many {@code ---} rules precede it (1, or 2 in some posts)
 * @param source where the element was read from and how it was written there ({@link SourceInfo#NONE} when built)
 */
public record Footer(String html, int rules, SourceInfo source) {
  /**
   * Checks the components.
   *
   * @param html the trailer as written, after the rules
   * @param rules how many {@code ---} rules precede it (1, or 2 in some posts)
   * @param source where the element was read from and how it was written there ({@link SourceInfo#NONE} when built)
   */
  public Footer {
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(source, "source");
    if (rules < 1) {
      throw new IllegalArgumentException("a footer follows at least one --- rule");
    }
  }

  /**
   * {@return a new footer after one {@code ---} rule}
   *
   * @param html the HTML
   */
  public static Footer of(String html) {
    return new Footer(html, 1, SourceInfo.NONE);
  }

  /**
   * {@return the footer in canonical form: each rule followed by a blank line, then the HTML}
   *
   * @param lineSeparator the separator between lines ({@code \n} or {@code \r\n})
   */
  public String toMarkdown(String lineSeparator) {
    return ("---" + lineSeparator + lineSeparator).repeat(rules) + html.replace("\n", lineSeparator);
  }
}
