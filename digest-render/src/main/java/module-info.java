/**
 * digestkit render: the renderer SPI ({@code DigestRenderer}, {@code DigestRendererProvider}, found with
 * {@code DigestRenderers}) and the built-in formats: safe HTML, Markdown, JSON, text, Telegram and feeds.
 */
module org.digestkit.render {
  requires transitive org.digestkit.core;
  requires org.commonmark;
  requires org.commonmark.ext.gfm.tables;
  requires tools.jackson.databind;
  requires org.jsoup;
  requires static transitive org.jspecify; // nullness annotations in the API

  exports org.digestkit.render;
  exports org.digestkit.render.html;
  exports org.digestkit.render.telegram;
  exports org.digestkit.render.feed;

  uses org.digestkit.render.DigestRendererProvider;

  // the same list as META-INF/services/org.digestkit.render.DigestRendererProvider (read on the class path)
  provides org.digestkit.render.DigestRendererProvider with
      org.digestkit.render.html.HtmlRenderers.FragmentProvider,
      org.digestkit.render.html.HtmlRenderers.PageProvider,
      org.digestkit.render.MarkdownRenderer.Provider,
      org.digestkit.render.JsonRenderer.Provider,
      org.digestkit.render.TextRenderer.Provider,
      org.digestkit.render.telegram.TelegramRenderer.Provider,
      org.digestkit.render.feed.FeedRenderers.RssProvider,
      org.digestkit.render.feed.FeedRenderers.AtomProvider,
      org.digestkit.render.feed.FeedRenderers.JsonFeedProvider;
}
