package org.digestkit.core.model;

import java.util.Objects;

/**
 * One top-level key of the front matter, with its decoded value. Its source lines (the key, the value and any
 * continuation lines) are kept in {@link #source()} so an unchanged entry is written back byte for byte.
 */
public record FrontMatterEntry(String key, FrontMatterValue value, SourceInfo source) {
  public FrontMatterEntry {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(source, "source");
  }

  /** A new entry, written in canonical style when the post is written. */
  public static FrontMatterEntry of(String key, FrontMatterValue value) {
    return new FrontMatterEntry(key, value, SourceInfo.NONE);
  }

  /** A copy with another value; the key's line is re-rendered when written. */
  public FrontMatterEntry withValue(FrontMatterValue newValue) {
    return new FrontMatterEntry(key, newValue, source);
  }
}
