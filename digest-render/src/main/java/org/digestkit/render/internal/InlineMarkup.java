package org.digestkit.render.internal;

import java.util.Locale;
import java.util.Set;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.digestkit.core.markdown.FastMarkdown;

/**
 * Inline Markdown to a small markup: Telegram's HTML subset ({@code <b> <i> <code> <a href>}, everything else
 * escaped) or plain text. commonmark-java does the inline parsing. Thread-safe.
 */
public final class InlineMarkup {
  private static final Parser PARSER =
      FastMarkdown.withFastInlines(Parser.builder().maxInlineNesting(50)).build();
  private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto", "tg");

  private InlineMarkup() {}

  /** Telegram HTML for inline Markdown. */
  public static String telegram(String markdown) {
    StringBuilder out = new StringBuilder(markdown.length() + 16);
    blocks(paragraph(markdown), out, true);
    return out.toString();
  }

  /** Telegram HTML for a whole Markdown block (a quote, an image, a list), line by line. */
  public static String telegramBlock(String markdown) {
    StringBuilder out = new StringBuilder(markdown.length() + 16);
    blocks(PARSER.parse(InlineGuard.defuse(markdown)), out, true);
    return out.toString();
  }

  /** Plain text for a whole Markdown block. */
  public static String plainBlock(String markdown) {
    StringBuilder out = new StringBuilder(markdown.length());
    blocks(PARSER.parse(InlineGuard.defuse(markdown)), out, false);
    return out.toString();
  }

  /** Plain text for inline Markdown (links keep their text; emphasis and code markers go). */
  public static String plain(String markdown) {
    StringBuilder out = new StringBuilder(markdown.length());
    blocks(paragraph(markdown), out, false);
    return out.toString();
  }

  /** The inline content of {@code markdown}, parsed so that it cannot start a block (list, heading, quote). */
  private static Node paragraph(String markdown) {
    return PARSER.parse(InlineGuard.defuse(neutralizeBlockStart(markdown.stripLeading())));
  }

  /** Escapes the one character that would make a line start a block, and nothing else. */
  static String neutralizeBlockStart(String text) {
    if (text.isEmpty()) {
      return text;
    }
    char c = text.charAt(0);
    if (c == '#' || c == '>' || (c == '`' || c == '~') && text.startsWith(String.valueOf(c).repeat(3))) {
      return "\\" + text;
    }
    if ((c == '-' || c == '+' || c == '*' || c == '_' || c == '=')
        && (text.length() == 1 || text.charAt(1) == ' ' || text.charAt(1) == c)) {
      return "\\" + text;
    }
    if (Character.isDigit(c)) {
      int i = 0;
      while (i < text.length() && i < 10 && Character.isDigit(text.charAt(i))) {
        i++;
      }
      if (i < text.length() && (text.charAt(i) == '.' || text.charAt(i) == ')')) {
        return text.substring(0, i) + "\\" + text.substring(i);
      }
    }
    return text;
  }

  /** Each top-level block on its own line: paragraphs with their inline markup, anything else as its text. */
  private static void blocks(Node document, StringBuilder out, boolean html) {
    boolean first = true;
    for (Node b = document.getFirstChild(); b != null; b = b.getNext()) {
      if (!first) {
        out.append('\n');
      }
      first = false;
      if (b instanceof org.commonmark.node.HtmlBlock h) {
        out.append(html ? escape(h.getLiteral().strip()) : h.getLiteral().strip());
      } else if (b instanceof org.commonmark.node.FencedCodeBlock f) {
        out.append(html ? escape(f.getLiteral().strip()) : f.getLiteral().strip());
      } else if (b instanceof org.commonmark.node.IndentedCodeBlock f) {
        out.append(html ? escape(f.getLiteral().strip()) : f.getLiteral().strip());
      } else {
        walk(b, out, html);
      }
    }
  }

  private static void walk(Node node, StringBuilder out, boolean html) {
    for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
      if (c instanceof Text t) {
        out.append(html ? escape(t.getLiteral()) : t.getLiteral());
      } else if (c instanceof Code code) {
        out.append(html ? "<code>" + escape(code.getLiteral()) + "</code>" : code.getLiteral());
      } else if (c instanceof StrongEmphasis) {
        wrap(c, out, html, "b");
      } else if (c instanceof Emphasis) {
        wrap(c, out, html, "i");
      } else if (c instanceof Link link) {
        if (html && safe(link.getDestination())) {
          out.append("<a href=\"").append(escape(link.getDestination())).append("\">");
          walk(c, out, true);
          out.append("</a>");
        } else {
          walk(c, out, html);
        }
      } else if (c instanceof Image) {
        walk(c, out, html);
      } else if (c instanceof HtmlInline h) {
        out.append(html ? escape(h.getLiteral()) : h.getLiteral());
      } else if (c instanceof SoftLineBreak || c instanceof HardLineBreak) {
        out.append('\n');
      } else if (c instanceof org.commonmark.node.Block && c.getPrevious() != null) {
        out.append('\n');
        walk(c, out, html);
      } else {
        walk(c, out, html);
      }
    }
  }

  private static void wrap(Node c, StringBuilder out, boolean html, String tag) {
    if (html) {
      out.append('<').append(tag).append('>');
    }
    walk(c, out, html);
    if (html) {
      out.append("</").append(tag).append('>');
    }
  }

  /** Whether a link destination may be a Telegram link. */
  public static boolean safe(String url) {
    int colon = url.indexOf(':');
    if (colon <= 0) {
      return false;
    }
    for (int i = 0; i < url.length(); i++) {
      if (url.charAt(i) <= 0x20) {
        return false;
      }
    }
    return LINK_SCHEMES.contains(url.substring(0, colon).toLowerCase(Locale.ROOT));
  }

  /** Escapes {@code & < > " '} for HTML text and attributes (Telegram's HTML mode accepts the same entities). */
  public static String escape(String s) {
    return org.digestkit.render.html.PageTemplate.escape(s);
  }

}
