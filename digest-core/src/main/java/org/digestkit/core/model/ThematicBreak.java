package org.digestkit.core.model;

import java.util.Objects;

/**
 * A thematic break ({@code ---}) between sections or items.
 *
 * @param source where the element was read from and how it was written there ({@link SourceInfo#NONE} when built)
 */
public record ThematicBreak(SourceInfo source) implements Block {
  /**
   * Checks the components.
   *
   * @param source where the element was read from and how it was written there ({@link SourceInfo#NONE} when built)
   */
  public ThematicBreak {
    Objects.requireNonNull(source, "source");
  }

  /** {@return a new {@code ---} rule} */
  public static ThematicBreak create() {
    return new ThematicBreak(SourceInfo.NONE);
  }
}
