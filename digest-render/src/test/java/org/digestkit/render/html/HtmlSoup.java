package org.digestkit.render.html;

import java.util.Random;

/**
 * Test markup for {@link SafelistScan}: seeded HTML in the shapes commonmark-java writes, with near-misses (a
 * third of it is mutated: markup inserted, cut or repeated), and HTML spelled from a byte string for the fuzzer.
 */
final class HtmlSoup {
  private static final String[] TEXT = {"abc", "中文 ", " ", "\n", "&amp;", "&lt;", "&gt;", "&quot;", "x y",
      ">", "'", "=", "/", "\t"};
  private static final String[] RARE_TEXT = {"&nbsp;", "&", "&#106;", "&amp", "<", "\u0000", "\r", "\u0008",
      "\uFFFF", "&#x3C;"};
  private static final String[] GOOD_URLS = {"https://example.com/a?b=1&amp;c=2", "http://example.com:8080/",
      "mailto:a@b.c", "HTTPS://EXAMPLE.COM/", "https://x.example/%E4%B8%AD#f"};
  private static final String[] URLS = {"https://example.com/a?b=1&amp;c=2", "http://example.com/", "mailto:a@b.c",
      "HTTPS://EXAMPLE.COM/", "javascript:alert(1)", "#", "https://host:port/", "foo.html", "?q=1", "../a",
      "./a:b", "a:b", "/a b", "/\\\\x", "#frag", "/x%20y", "/\u4E2D", "\\\\evil", "http://[::1]/", "https://a/b c",
      "/relative", "//host/x", "data:text/html,x", "", "ftp://x/",
      "https://exa mple.com/", "https://example.com/&quot;x", "java&#115;cript:x", "https:", "h2tps://x/"};
  private static final String[] ODD_ATTRIBUTES = {" onclick=\"x\"", " style=\"color:red\"", " class=\"c\"",
      " id=\"i\"", " title=\"t\"", " data-x=\"1\"", " href=\"https://x/\"", " align=\"left\"", " start=\"3\""};
  /** What the fuzzer spells HTML from: one token per byte. */
  private static final String[] TOKENS = {"<p>", "</p>", "<h2 id=\"a\">", "</h2>", "<ul>", "</ul>", "<ol>",
      "<ol start=\"2\">", "</ol>", "<li>", "</li>", "<blockquote>", "</blockquote>", "<pre>", "</pre>", "<code>",
      "<code class=\"language-x\">", "</code>", "<table>", "</table>", "<thead>", "</thead>", "<tbody>",
      "</tbody>", "<tr>", "</tr>", "<th>", "<th align=\"left\">", "</th>", "<td>", "</td>", "<em>", "</em>",
      "<strong>", "</strong>", "<a href=\"https://x/\">", "<a href=\"javascript:x\">", "<a href=\"/r\">",
      "<a href=\"HtTp://x/\" title=\"t\">", "</a>", "<img src=\"https://x/i.png\" alt=\"\" />",
      "<img src=\"http://x/i.png\" />", "<img src=\"data:x\" />", "<br />", "<br>", "<hr />", "<hr>", "<div>",
      "</div>", "<span>", "</span>", "<script>", "</script>", "<!-- c -->", "<p/>", "<p onclick=\"x\">",
      "<a rel=\"nofollow\" href=\"mailto:a@b\">", "<h1>", "</h1>", "<b>", "</b>", "abc", "中文", " ", "\n", "\t",
      "&amp;", "&lt;", "&gt;", "&quot;", "&nbsp;", "&", "<", ">", "\"", "=", "/", "\u0000", "\r", "\u0008",
      "<p id=\"a\" id=\"b\">", "<caption>", "</caption>", "<tfoot>", "</tfoot>", "<sub>", "</sub>", "<i>", "</i>",
      "<textarea>", "</textarea>", "<title>", "<style>", "<svg>", "<math>", "<template>", "<noscript>",
      "<select>", "<option>", "<form>", "<button>", "<xmp>", "<plaintext>", "<frameset>", "<body>", "<html>",
      "<head>", "<a href=\"https://x/\" href=\"https://y/\">", "<a title=\"a&quot;b\" href=\"https://x/\">",
      "<a href=\"https://x/&amp;y\">", "<a href=\"https://x/&#10;\">", "<p\n>", "< p>", "</p >", "<P>", "</P>"};
  private static final String[] INSERTS = {"<", ">", "</p>", "<p>", "<div>", "\"", "&", "<!--", "/", " ", "<br>",
      "\u0000", "<a href=\"https://x/\">", "</li>", "<li>", "<tr>", "<td>", "</table>", "x", "<em>", "</a>"};

  private HtmlSoup() {}

  /** One sample: well-formed markup two times in three, a mutated copy otherwise. */
  static String generate(Random random) {
    StringBuilder out = new StringBuilder();
    int blocks = 1 + random.nextInt(4);
    for (int i = 0; i < blocks; i++) {
      block(random, out, 0);
      out.append('\n');
    }
    String html = out.toString();
    return random.nextInt(3) == 0 ? mutate(html, random) : html;
  }

  /** HTML spelled from bytes, one token of a fixed vocabulary per byte. */
  static String fromTokens(byte[] data) {
    StringBuilder out = new StringBuilder();
    for (byte b : data) {
      out.append(TOKENS[(b & 0xFF) % TOKENS.length]);
    }
    return out.toString();
  }

  private static void block(Random r, StringBuilder out, int depth) {
    int kind = depth > 3 ? 0 : r.nextInt(9);
    switch (kind) {
      case 1 -> {
        int level = 1 + r.nextInt(6);
        out.append("<h").append(level).append(r.nextBoolean() ? " id=\"h-" + r.nextInt(9) + "\"" : "")
            .append(odd(r)).append('>');
        inline(r, out, 0);
        out.append("</h").append(level).append('>');
      }
      case 2, 3 -> {
        String tag = kind == 2 ? "ul" : "ol";
        out.append('<').append(tag).append(kind == 3 && r.nextBoolean() ? " start=\"" + r.nextInt(5) + "\"" : "")
            .append(">\n");
        int items = 1 + r.nextInt(3);
        for (int i = 0; i < items; i++) {
          out.append("<li>");
          if (r.nextBoolean()) {
            inline(r, out, 0);
            if (r.nextInt(3) == 0) {
              out.append('\n');
              block(r, out, depth + 1);
            }
          } else {
            block(r, out, depth + 1);
          }
          out.append("</li>\n");
        }
        out.append("</").append(tag).append('>');
      }
      case 4 -> {
        out.append("<blockquote>\n");
        block(r, out, depth + 1);
        out.append("\n</blockquote>");
      }
      case 5 -> {
        out.append("<pre><code").append(r.nextBoolean() ? " class=\"language-java\"" : "").append('>');
        text(r, out);
        out.append("</code></pre>");
      }
      case 6 -> table(r, out);
      case 7 -> out.append(r.nextInt(4) == 0 ? "<hr>" : "<hr />");
      default -> {
        out.append("<p").append(odd(r)).append('>');
        inline(r, out, 0);
        out.append("</p>");
      }
    }
  }

  private static void table(Random r, StringBuilder out) {
    int columns = 1 + r.nextInt(3);
    out.append("<table>\n<thead>\n<tr>\n");
    for (int c = 0; c < columns; c++) {
      out.append(r.nextBoolean() ? "<th>" : "<th align=\"left\">");
      inline(r, out, 2);
      out.append("</th>\n");
    }
    out.append("</tr>\n</thead>\n");
    if (r.nextBoolean()) {
      out.append("<tbody>\n<tr>\n");
      for (int c = 0; c < columns; c++) {
        out.append("<td>");
        inline(r, out, 2);
        out.append("</td>\n");
      }
      out.append("</tr>\n</tbody>\n");
    }
    out.append("</table>");
  }

  private static void inline(Random r, StringBuilder out, int depth) {
    int parts = 1 + r.nextInt(4);
    for (int i = 0; i < parts; i++) {
      int kind = depth > 2 ? 0 : r.nextInt(10);
      switch (kind) {
        case 1 -> wrap(r, out, "em", depth);
        case 2 -> wrap(r, out, "strong", depth);
        case 3 -> {
          out.append("<a href=\"").append(url(r)).append('"')
              .append(r.nextBoolean() ? " rel=\"nofollow ugc noopener\"" : "")
              .append(r.nextInt(4) == 0 ? " title=\"t &quot;q&quot;\"" : "").append(odd(r)).append('>');
          text(r, out); // links do not nest
          out.append("</a>");
        }
        case 4 -> {
          out.append("<code>");
          text(r, out);
          out.append("</code>");
        }
        case 5 -> out.append("<img src=\"").append(url(r)).append("\" alt=\"a\"")
            .append(r.nextBoolean() ? " loading=\"lazy\"" : "").append(r.nextInt(5) == 0 ? ">" : " />");
        case 6 -> out.append(r.nextInt(5) == 0 ? "<br>" : "<br />\n");
        default -> text(r, out);
      }
    }
  }

  private static void wrap(Random r, StringBuilder out, String tag, int depth) {
    out.append('<').append(tag).append('>');
    inline(r, out, depth + 1);
    out.append("</").append(tag).append('>');
  }

  private static void text(Random r, StringBuilder out) {
    int parts = 1 + r.nextInt(3);
    for (int i = 0; i < parts; i++) {
      out.append(r.nextInt(25) == 0 ? RARE_TEXT[r.nextInt(RARE_TEXT.length)] : TEXT[r.nextInt(TEXT.length)]);
    }
  }

  private static String url(Random r) {
    return r.nextInt(4) == 0 ? URLS[r.nextInt(URLS.length)] : GOOD_URLS[r.nextInt(GOOD_URLS.length)];
  }

  private static String odd(Random r) {
    return r.nextInt(12) == 0 ? ODD_ATTRIBUTES[r.nextInt(ODD_ATTRIBUTES.length)] : "";
  }

  private static String mutate(String html, Random r) {
    StringBuilder s = new StringBuilder(html);
    int edits = 1 + r.nextInt(3);
    for (int i = 0; i < edits && s.length() > 0; i++) {
      int at = r.nextInt(s.length() + 1);
      switch (r.nextInt(3)) {
        case 0 -> s.insert(at, INSERTS[r.nextInt(INSERTS.length)]);
        case 1 -> s.delete(Math.min(at, s.length()), Math.min(s.length(), at + 1 + r.nextInt(8)));
        default -> {
          int end = Math.min(s.length(), at + 1 + r.nextInt(12));
          s.insert(end, s.substring(Math.min(at, end), end));
        }
      }
    }
    return s.toString();
  }
}
