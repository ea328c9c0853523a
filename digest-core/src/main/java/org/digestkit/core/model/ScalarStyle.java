package org.digestkit.core.model;

/** How a YAML scalar was written in the front matter. */
public enum ScalarStyle {
  /** Unquoted. */
  PLAIN,
  /** In single quotes. */
  SINGLE_QUOTED,
  /** In double quotes, with backslash escapes. */
  DOUBLE_QUOTED,
  /** A {@code |} block scalar. */
  LITERAL,
  /** A {@code >} block scalar. */
  FOLDED
}
