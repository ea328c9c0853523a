package org.digestkit.core.model;

/** How a one-line "more" entry is written. */
public enum MoreEntryForm {
  /** {@code - [title](url)：description}. */
  LINK,
  /** {@code - **title**：description}; {@code - **[title](url)**：description} when it has a URL. */
  BOLD,
  /** {@code - text}, possibly with a link inside the text. */
  PLAIN
}
