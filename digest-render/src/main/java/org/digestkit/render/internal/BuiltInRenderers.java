package org.digestkit.render.internal;

import java.util.function.Function;
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

  /** A provider of one format: its name and how it makes a renderer (a class per format, as ServiceLoader asks). */
  abstract static class BuiltIn implements DigestRendererProvider {
    private final String format;
    private final Function<RenderOptions, DigestRenderer> factory;

    BuiltIn(String format, Function<RenderOptions, DigestRenderer> factory) {
      this.format = format;
      this.factory = factory;
    }

    @Override
    public String format() {
      return format;
    }

    @Override
    public DigestRenderer create(RenderOptions options) {
      return factory.apply(options);
    }
  }

  /** {@code html}: the safe article fragment. */
  public static final class Html extends BuiltIn {
    /** The provider. */
    public Html() {
      super("html", HtmlRenderers::fragment);
    }
  }

  /** {@code html-page}: a standalone page. */
  public static final class HtmlPage extends BuiltIn {
    /** The provider. */
    public HtmlPage() {
      super("html-page", HtmlRenderers::page);
    }
  }

  /** {@code markdown}: the post as written, or canonical. */
  public static final class Markdown extends BuiltIn {
    /** The provider. */
    public Markdown() {
      super("markdown", options -> new MarkdownRenderer(options.canonicalMarkdown()));
    }
  }

  /** {@code json}: the model's JSON. */
  public static final class Json extends BuiltIn {
    /** The provider. */
    public Json() {
      super("json", options -> new JsonRenderer());
    }
  }

  /** {@code text}: plain text. */
  public static final class Text extends BuiltIn {
    /** The provider. */
    public Text() {
      super("text", TextRenderer::new);
    }
  }

  /** {@code telegram}: Telegram messages. */
  public static final class Telegram extends BuiltIn {
    /** The provider. */
    public Telegram() {
      super("telegram", options -> new TelegramRenderer());
    }
  }

  /** {@code rss}: RSS 2.0. */
  public static final class Rss extends BuiltIn {
    /** The provider. */
    public Rss() {
      super("rss", FeedRenderers::rss);
    }
  }

  /** {@code atom}: Atom 1.0. */
  public static final class Atom extends BuiltIn {
    /** The provider. */
    public Atom() {
      super("atom", FeedRenderers::atom);
    }
  }

  /** {@code jsonfeed}: JSON Feed 1.1. */
  public static final class JsonFeed extends BuiltIn {
    /** The provider. */
    public JsonFeed() {
      super("jsonfeed", FeedRenderers::jsonFeed);
    }
  }
}
