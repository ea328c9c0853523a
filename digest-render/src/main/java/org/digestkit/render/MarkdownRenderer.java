package org.digestkit.render;

import java.io.IOException;
import org.digestkit.core.Digest;

/** Markdown: the source, byte for byte, for an unmodified post; the canonical style on request. */
public final class MarkdownRenderer implements DigestRenderer {
  private final boolean canonical;

  /**
   * A renderer; {@code canonical} writes the canonical style instead of the source.
   *
   * @param canonical whether to write the canonical style
   */
  public MarkdownRenderer(boolean canonical) {
    this.canonical = canonical;
  }

  @Override
  public String format() {
    return "markdown";
  }

  @Override
  public String mediaType() {
    return "text/markdown; charset=utf-8";
  }

  @Override
  public void render(Digest digest, Appendable out) throws IOException {
    out.append(canonical ? digest.toCanonicalMarkdown() : digest.toMarkdown());
  }
}
