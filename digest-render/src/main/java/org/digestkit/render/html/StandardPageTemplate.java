package org.digestkit.render.html;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** The standard page template ({@link PageTemplate#standard()}): implementation, not API. */
final class StandardPageTemplate implements PageTemplate {
  static final StandardPageTemplate INSTANCE = new StandardPageTemplate();

  /** The page's only style; the Content-Security-Policy allows exactly this text by hash. */
  static final String CSS = "body{margin:0;font:16px/1.7 system-ui,-apple-system,\"PingFang SC\","
      + "\"Microsoft YaHei\",sans-serif;color:#1f2328;background:#fff}main{max-width:46rem;margin:0 auto;"
      + "padding:1.5rem}h1{font-size:1.8rem;line-height:1.3}h2{margin-top:2.2rem;border-bottom:1px solid #d0d7de}"
      + "a{color:#0969da}img{max-width:100%}nav.toc{background:#f6f8fa;padding:.5rem 1rem;border-radius:6px}"
      + "nav.toc ul{margin:.2rem 0;padding-left:1.2rem}table{border-collapse:collapse}td,th{border:1px solid "
      + "#d0d7de;padding:.2rem .5rem}footer{margin-top:3rem;color:#57606a}";

  /** The policy of standard pages: nothing but https images and this page's own style. */
  static final String CSP = "default-src 'none'; img-src https:; style-src 'sha256-" + sha256(CSS)
      + "'; base-uri 'none'; form-action 'none'";

  private StandardPageTemplate() {}

  @Override
  public String page(PageContext c) {
    StringBuilder out = new StringBuilder(c.bodyHtml().length() + 4096);
    out.append("<!DOCTYPE html>\n<html lang=\"").append(PageTemplate.escape(c.language())).append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
        .append(PageTemplate.escape(c.contentSecurityPolicy())).append("\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
        .append("<title>").append(PageTemplate.escape(c.title())).append("</title>\n");
    if (!c.description().isEmpty()) {
      out.append("<meta name=\"description\" content=\"").append(PageTemplate.escape(c.description())).append("\">\n");
    }
    out.append("<style>").append(CSS).append("</style>\n</head>\n<body>\n<main>\n<article>\n<h1>")
        .append(PageTemplate.escape(c.title())).append("</h1>\n");
    if (!c.toc().isEmpty()) {
      out.append("<nav class=\"toc\" aria-label=\"目录\">\n");
      toc(c.toc(), out);
      out.append("</nav>\n");
    }
    out.append(c.bodyHtml()).append("</article>\n");
    if (!c.footerHtml().isEmpty()) {
      out.append("<footer>\n").append(c.footerHtml()).append("\n</footer>\n");
    }
    return out.append("</main>\n</body>\n</html>\n").toString();
  }

  /**
   * The table of contents as nested lists: a deeper heading opens a list inside the entry before it, so every
   * {@code <ul>} sits in a {@code <li>} (or the {@code <nav>}), whatever the order of levels. An entry's text is
   * its heading's text; a heading without an id is listed without a link.
   */
  static void toc(java.util.List<TocEntry> entries, StringBuilder out) {
    int[] open = new int[entries.size() + 1]; // the level of each open list, outermost first
    int depth = 0;
    open[depth] = entries.get(0).level();
    out.append("<ul>\n");
    for (int i = 0; i < entries.size(); i++) {
      TocEntry e = entries.get(i);
      if (i > 0) {
        if (e.level() > entries.get(i - 1).level()) {
          out.append("\n<ul>\n");
          open[++depth] = e.level();
        } else {
          out.append("</li>\n");
          while (depth > 0 && e.level() <= open[depth - 1]) {
            out.append("</ul>\n</li>\n");
            depth--;
          }
        }
      }
      out.append("<li>");
      if (e.id().isEmpty()) {
        out.append(PageTemplate.escape(e.text()));
      } else {
        out.append("<a href=\"#").append(PageTemplate.escape(e.id())).append("\">").append(PageTemplate.escape(e.text())).append("</a>");
      }
    }
    out.append("</li>\n");
    for (; depth > 0; depth--) {
      out.append("</ul>\n</li>\n");
    }
    out.append("</ul>\n");
  }

  private static String sha256(String s) {
    try {
      return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(
          s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
