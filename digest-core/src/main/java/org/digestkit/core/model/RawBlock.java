package org.digestkit.core.model;

import java.util.Objects;

/**
 * Markdown the digest model does not interpret (code fences, HTML, images, block quotes, a list with a tab where a
 * line starts, …), kept as written. Nothing in a post is dropped: what is not typed is raw.
 */
public record RawBlock(String text, SourceInfo source) implements Block {
  public RawBlock {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
  }

  /** A new raw block with the given Markdown. */
  public static RawBlock of(String markdown) {
    return new RawBlock(markdown, SourceInfo.NONE);
  }
}
