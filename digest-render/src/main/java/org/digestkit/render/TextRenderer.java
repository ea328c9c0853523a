package org.digestkit.render;

import java.io.IOException;
import org.digestkit.core.Digest;
import org.digestkit.render.internal.BudgetedAppendable;
import org.digestkit.render.internal.InlineMarkup;
import org.digestkit.render.internal.Outline;

/** Plain text without Markdown syntax, for e-mail or search indexing: links keep their text, URLs follow. */
public final class TextRenderer implements DigestRenderer {
  private static final Outline.Markup MARKUP = Outline.markup(InlineMarkup::plain, text -> text,
      (text, url) -> text + " <" + url + ">", text -> text, InlineMarkup::plainBlock);

  private final RenderOptions options;

  /**
   * A renderer with the given options (its output budget).
   *
   * @param options the options
   */
  public TextRenderer(RenderOptions options) {
    this.options = options;
  }

  @Override
  public String format() {
    return "text";
  }

  @Override
  public String mediaType() {
    return "text/plain; charset=utf-8";
  }

  @Override
  public void render(Digest digest, Appendable out) throws IOException {
    Appendable o = new BudgetedAppendable(out, options.maxOutputChars());
    o.append(String.join("\n\n", Outline.units(digest, MARKUP))).append('\n');
  }
}
