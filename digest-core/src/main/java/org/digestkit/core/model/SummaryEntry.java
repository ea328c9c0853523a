package org.digestkit.core.model;

import java.util.Objects;

/**
 * One headline of the front-matter summary.
 *
 * @param text the entry text, without bullet marker
 * @param line the 1-based line in the file where the entry starts (inside the quoted summary), 0 if unknown
 * @param column the 1-based column there, 0 if unknown
 */
public record SummaryEntry(String text, int line, int column) {
  /**
   * Checks the components.
   *
   * @param text the entry text, without bullet marker
   * @param line the 1-based line in the file where the entry starts (inside the quoted summary), 0 if unknown
   * @param column the 1-based column there, 0 if unknown
   */
  public SummaryEntry {
    Objects.requireNonNull(text, "text");
  }

  /** Equality ignores the position, like every model value. */
  @Override
  public boolean equals(Object o) {
    return o instanceof SummaryEntry other && other.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }
}
