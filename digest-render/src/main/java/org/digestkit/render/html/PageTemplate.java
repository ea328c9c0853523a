package org.digestkit.render.html;

/**
 * Lays a rendered post out as a standalone page. A plain Java hook rather than a template engine: no dependency,
 * type-checked, and escaping stays explicit ({@link #escape}). Replace it with
 * {@code RenderOptions.withTemplate(ctx -> …)}.
 */
@FunctionalInterface
public interface PageTemplate {

  /**
   * {@return the page's HTML for a rendered post}
   *
   * @param context the context
   */
  String page(PageContext context);

  /** {@return the built-in page: a readable single column, a table of contents, and no script at all} */
  static PageTemplate standard() {
    return StandardPageTemplate.INSTANCE;
  }

  /**
   * HTML-escapes text for element content and attribute values.
   *
   * @param s the text
   * @return the escaped text
   */
  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
