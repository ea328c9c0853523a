package org.digestkit.core.model;

import java.util.Objects;

/**
 * The trailer after the post's last {@code ---} rule: raw HTML (a subscription card, for instance).
 *
 * @param html the trailer as written, after the rules
 * @param rules how many {@code ---} rules precede it (1, or 2 in some posts)
 */
public record Footer(String html, int rules, SourceInfo source) {
  public Footer {
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(source, "source");
    if (rules < 1) {
      throw new IllegalArgumentException("a footer follows at least one --- rule");
    }
  }

  /** A new footer after one {@code ---} rule. */
  public static Footer of(String html) {
    return new Footer(html, 1, SourceInfo.NONE);
  }

  /** The footer in canonical form: each rule followed by a blank line, then the HTML. */
  public String toMarkdown(String lineSeparator) {
    return ("---" + lineSeparator + lineSeparator).repeat(rules) + html.replace("\n", lineSeparator);
  }
}
