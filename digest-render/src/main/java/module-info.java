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

  // the same list as META-INF/services/org.digestkit.render.DigestRendererProvider (read on the class path); the
  // providers are implementation, in a package this module does not export
  provides org.digestkit.render.DigestRendererProvider with
      org.digestkit.render.internal.BuiltInRenderers.Html,
      org.digestkit.render.internal.BuiltInRenderers.HtmlPage,
      org.digestkit.render.internal.BuiltInRenderers.Markdown,
      org.digestkit.render.internal.BuiltInRenderers.Json,
      org.digestkit.render.internal.BuiltInRenderers.Text,
      org.digestkit.render.internal.BuiltInRenderers.Telegram,
      org.digestkit.render.internal.BuiltInRenderers.Rss,
      org.digestkit.render.internal.BuiltInRenderers.Atom,
      org.digestkit.render.internal.BuiltInRenderers.JsonFeed;
}
