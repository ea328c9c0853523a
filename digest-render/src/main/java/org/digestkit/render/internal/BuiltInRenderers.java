package org.digestkit.render.internal;

import org.digestkit.render.DigestRenderer;
import org.digestkit.render.DigestRendererProvider;
import org.digestkit.render.JsonRenderer;
import org.digestkit.render.MarkdownRenderer;
import org.digestkit.render.RenderOptions;
import org.digestkit.render.TextRenderer;
import org.digestkit.render.feed.FeedRenderers;
import org.digestkit.render.html.HtmlRenderers;
import org.digestkit.render.telegram.TelegramRenderer;

/**
 * The providers of the built-in formats, found by {@code ServiceLoader} (listed in {@code module-info.java} and in
 * {@code META-INF/services/org.digestkit.render.DigestRendererProvider}). Not API: users get renderers from
 * {@code DigestRenderers.forFormat} or the renderers' own factories.
 */
public final class BuiltInRenderers {
  private BuiltInRenderers() {}

  /** {@code html}: the safe article fragment. */
  public static final class Html implements DigestRendererProvider {
    @Override
    public String format() {
      return "html";
    }

    @Override
    public DigestRenderer create(RenderOptions options) {
      return HtmlRenderers.fragment(options);
    }
  }

  /** {@code html-page}: a standalone page. */
  public static final class HtmlPage implements DigestRendererProvider {
    @Override
    public String format() {
      return "html-page";
    }

    @Override
    public DigestRenderer create(RenderOptions options) {
      return HtmlRenderers.page(options);
    }
  }

  /** {@code markdown}: the post as written, or canonical. */
  public static final class Markdown implements DigestRendererProvider {
    @Override
    public String format() {
      return "markdown";
    }

    @Override
    public DigestRenderer create(RenderOptions options) {
      return new MarkdownRenderer(options.canonicalMarkdown());
    }
  }

  /** {@code json}: the model's JSON. */
  public static final class Json implements DigestRendererProvider {
    @Override
    public String format() {
      return "json";
    }

    @Override
    public DigestRenderer create(RenderOptions options) {
      return new JsonRenderer();
    }
  }

  /** {@code text}: plain text. */
  public static final class Text implements DigestRendererProvider {
    @Override
    public String format() {
      return "text";
    }

    @Override
    public DigestRenderer create(RenderOptions options) {
      return new TextRenderer(options);
    }
  }

  /** {@code telegram}: Telegram messages. */
  public static final class Telegram implements DigestRendererProvider {
    @Override
    public String format() {
      return "telegram";
    }

    @Override
    public DigestRenderer create(RenderOptions options) {
      return new TelegramRenderer();
    }
  }

  /** {@code rss}: RSS 2.0. */
  public static final class Rss implements DigestRendererProvider {
    @Override
    public String format() {
      return "rss";
    }

    @Override
    public DigestRenderer create(RenderOptions options) {
      return FeedRenderers.rss(options);
    }
  }

  /** {@code atom}: Atom 1.0. */
  public static final class Atom implements DigestRendererProvider {
    @Override
    public String format() {
      return "atom";
    }

    @Override
    public DigestRenderer create(RenderOptions options) {
      return FeedRenderers.atom(options);
    }
  }

  /** {@code jsonfeed}: JSON Feed 1.1. */
  public static final class JsonFeed implements DigestRendererProvider {
    @Override
    public String format() {
      return "jsonfeed";
    }

    @Override
    public DigestRenderer create(RenderOptions options) {
      return FeedRenderers.jsonFeed(options);
    }
  }
}
