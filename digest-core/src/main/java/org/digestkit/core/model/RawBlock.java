package org.digestkit.core.model;

import java.util.Objects;

/**
 * Markdown the digest model does not interpret (code fences, HTML, images, block quotes, a list with a tab where a
 * line starts, …), kept as written. Nothing in a post is dropped: what is not typed is raw.
 *
 * @param text the block exactly as written
 * @param source where the element was read from and how it was written there ({@link SourceInfo#NONE} when built)
 */
public record RawBlock(String text, SourceInfo source) implements Block {
  /**
   * Checks the components.
   *
   * @param text the block exactly as written
   * @param source where the element was read from and how it was written there ({@link SourceInfo#NONE} when built)
   */
  public RawBlock {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
  }

  /**
   * {@return a new raw block with the given Markdown}
   *
   * @param markdown the post's Markdown text
   */
  public static RawBlock of(String markdown) {
    return new RawBlock(markdown, SourceInfo.NONE);
  }
}
