package org.digestkit.core.model;

/** How a front-matter summary is written. */
public enum SummaryShape {
  /** {@code - } bullet lines joined by line breaks. */
  BULLETS,
  /** Lines joined by line breaks, without bullet markers. */
  LINES,
  /** One paragraph of headlines separated by {@code ；}. */
  SEMICOLONS,
  /** A prose paragraph. */
  PROSE,
  /** An empty string. */
  EMPTY
}
