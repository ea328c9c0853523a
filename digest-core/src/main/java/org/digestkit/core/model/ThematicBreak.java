package org.digestkit.core.model;

import java.util.Objects;

/** A thematic break ({@code ---}) between sections or items. */
public record ThematicBreak(SourceInfo source) implements Block {
  public ThematicBreak {
    Objects.requireNonNull(source, "source");
  }

  /** A new {@code ---} rule. */
  public static ThematicBreak create() {
    return new ThematicBreak(SourceInfo.NONE);
  }
}
