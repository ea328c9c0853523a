package org.digestkit.core.markdown;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.digestkit.core.model.Link;

/**
 * The few inline Markdown facts a digest needs: where its {@code [text](url)} links are, its plain text,
 * escaping of text placed into Markdown, and how a list item's text is laid out under its marker. It works on
 * one line or block of inline text in linear time; full inline rendering is left to commonmark-java in the
 * renderers.
 */
public final class MarkdownInline {

  /**
   * A hard line break inside inline text, in its canonical spelling: a backslash at the end of the line (the same
   * as two trailing spaces to CommonMark, but visible, and not stripped by editors that trim white space).
   */
  public static final String HARD_BREAK = "\\\n";

  private MarkdownInline() {}

  /** The inline links in {@code text}, in order. Reference links and autolinks are not reported. */
  public static List<Link> links(String text) {
    return links(text, 0, text.length());
  }

  /**
   * The inline links in the region {@code [from, to)} of {@code text}, in order, as if the region were the
   * whole text; their offsets are indexes into {@code text}. For tools that hold a whole post and look at one
   * line or block of it without copying it out.
   */
  public static List<Link> links(String text, int from, int to) {
    java.util.Objects.checkFromToIndex(from, to, text.length());
    List<Link> out = null;
    int i = indexOf(text, '[', from, to);
    while (i >= 0) {
      if (i > from && text.charAt(i - 1) == '\\' || i > from && text.charAt(i - 1) == '!') {
        i = indexOf(text, '[', i + 1, to);
        continue;
      }
      Link link = linkAt(text, i, to);
      if (link != null) {
        if (out == null) {
          out = new ArrayList<>(2);
        }
        out.add(link);
        i = indexOf(text, '[', link.end(), to);
      } else {
        i = indexOf(text, '[', i + 1, to);
      }
    }
    return out == null ? List.of() : Collections.unmodifiableList(out);
  }

  /** The first {@code c} in {@code [from, to)} of {@code text}, or -1. */
  private static int indexOf(String text, char c, int from, int to) {
    if (from >= to) {
      return -1;
    }
    int i = text.indexOf(c, from);
    return i < to ? i : -1;
  }

  /** The link that starts exactly at {@code start} (which must hold {@code [}), or null. */
  public static Link linkAt(String text, int start) {
    return linkAt(text, start, text.length());
  }

  /** {@link #linkAt(String, int)} in the region of {@code text} that ends at {@code limit}. */
  private static Link linkAt(String text, int start, int limit) {
    if (start >= limit || text.charAt(start) != '[') {
      return null;
    }
    int depth = 0;
    int close = -1;
    for (int i = start; i < limit; i++) {
      char c = text.charAt(i);
      if (c > '`') {
        continue; // letters and CJK, most of a link's text: none of the characters below
      }
      if (c == '\\') {
        i++;
      } else if (c == '`') {
        int endTick = indexOf(text, '`', i + 1, limit);
        if (endTick > 0) {
          i = endTick;
        }
      } else if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth--;
        if (depth == 0) {
          close = i;
          break;
        }
      } else if (c == '\n' && i + 1 < limit && text.charAt(i + 1) == '\n') {
        return null;
      }
    }
    if (close < 0 || close + 1 >= limit || text.charAt(close + 1) != '(') {
      return null;
    }
    int p = close + 2;
    while (p < limit && text.charAt(p) == ' ') {
      p++;
    }
    int urlStart;
    int urlEnd;
    if (p < limit && text.charAt(p) == '<') {
      // up to the first unescaped '>' on the line; a line break or an unescaped '<' first: no link (CommonMark)
      int gt = p + 1;
      while (gt < limit && text.charAt(gt) != '>' && text.charAt(gt) != '\n' && text.charAt(gt) != '<') {
        gt += text.charAt(gt) == '\\' && gt + 1 < limit ? 2 : 1; // \> does not close it
      }
      if (gt >= limit || text.charAt(gt) != '>') {
        return null;
      }
      urlStart = p + 1;
      urlEnd = gt;
      p = gt + 1;
    } else {
      int parens = 0;
      urlStart = p;
      while (p < limit) {
        char c = text.charAt(p);
        if (c > ')' && c != '\\') {
          p++; // most of a URL: none of the characters below
          continue;
        }
        if (c == '\\' && p + 1 < limit) {
          p += 2;
          continue;
        }
        if (c == '(') {
          parens++;
        } else if (c == ')') {
          if (parens == 0) {
            break;
          }
          parens--;
        } else if (c == ' ' || c == '\n' || c == '\t') {
          break;
        }
        p++;
      }
      urlEnd = p;
    }
    while (p < limit && (text.charAt(p) == ' ' || text.charAt(p) == '\n')) {
      p++;
    }
    if (p < limit && (text.charAt(p) == '"' || text.charAt(p) == '\'')) {
      char q = text.charAt(p);
      int endQ = indexOf(text, q, p + 1, limit);
      if (endQ < 0) {
        return null;
      }
      p = endQ + 1;
      while (p < limit && text.charAt(p) == ' ') {
        p++;
      }
    }
    if (p >= limit || text.charAt(p) != ')') {
      return null;
    }
    return new Link(text.substring(start + 1, close), unescape(text.substring(urlStart, urlEnd)), start, p + 1,
        urlStart, urlEnd);
  }

  /** A link destination's value: a backslash before ASCII punctuation escapes it (CommonMark). */
  private static String unescape(String destination) {
    if (destination.indexOf('\\') < 0) {
      return destination;
    }
    StringBuilder out = new StringBuilder(destination.length());
    for (int i = 0; i < destination.length(); i++) {
      char c = destination.charAt(i);
      if (c == '\\' && i + 1 < destination.length() && isAsciiPunctuation(destination.charAt(i + 1))) {
        out.append(destination.charAt(++i));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * A list item's text with its continuation lines — held relative to the item's content column, as in
   * {@link org.digestkit.core.model.Bullet#text()} — put at that column, {@code contentIndent}; blank lines stay
   * empty. A line after text that would give that text another meaning inside the item — {@code =} or
   * {@code --} alone (a heading's underline) or a table's delimiter row — stays at column 1, where it reads as
   * text, as the model holds it (a lazy continuation line).
   */
  public static String indentContinuation(String text, String contentIndent) {
    if (text.indexOf('\n') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    int from = 0;
    for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
      boolean afterText = nl > from;
      out.append(text, from, nl).append('\n');
      from = nl + 1;
      if (from < text.length() && text.charAt(from) != '\n' && !(afterText && rereadsLineAbove(text, from))) {
        out.append(contentIndent);
      }
    }
    return out.append(text, from, text.length()).toString();
  }

  /**
   * Whether the line at {@code from} is {@code =} characters or {@code --} then spaces (a setext underline), or
   * only pipes, colons, dashes and spaces with a dash and a pipe or colon (a table's delimiter row).
   */
  private static boolean rereadsLineAbove(String text, int from) {
    int end = text.indexOf('\n', from);
    end = end < 0 ? text.length() : end;
    int i = from;
    char c = text.charAt(i);
    while (i < end && text.charAt(i) == c) {
      i++;
    }
    int run = i - from;
    while (i < end && text.charAt(i) == ' ') {
      i++;
    }
    return i == end && (c == '=' || c == '-' && run == 2) || mayBeTableDelimiterRow(text, from, end);
  }

  /**
   * Whether the line {@code [from, to)} of {@code text} may be a GFM table's delimiter row: only pipes, colons,
   * dashes and spaces, with a dash and a pipe or colon (a loose test: the cell count is not checked).
   */
  public static boolean mayBeTableDelimiterRow(String text, int from, int to) {
    boolean dash = false;
    boolean pipeOrColon = false;
    for (int p = from; p < to; p++) {
      char x = text.charAt(p);
      if (x == '-') {
        dash = true;
      } else if (x == '|' || x == ':') {
        pipeOrColon = true;
      } else if (x != ' ') {
        return false;
      }
    }
    return dash && pipeOrColon;
  }

  /** The text a reader sees: links replaced by their text, emphasis and code markers removed, escapes resolved. */
  public static String plainText(String markdown) {
    if (markdown.indexOf('[') < 0 && markdown.indexOf('*') < 0 && markdown.indexOf('`') < 0
        && markdown.indexOf('\\') < 0 && markdown.indexOf('_') < 0) {
      return markdown;
    }
    StringBuilder out = new StringBuilder(markdown.length());
    int i = 0;
    while (i < markdown.length()) {
      char c = markdown.charAt(i);
      if (c == '[') {
        Link link = (i > 0 && markdown.charAt(i - 1) == '!') ? null : linkAt(markdown, i);
        if (link != null) {
          out.append(plainText(link.text()));
          i = link.end();
          continue;
        }
      }
      if (c == '\\' && i + 1 < markdown.length() && isAsciiPunctuation(markdown.charAt(i + 1))) {
        out.append(markdown.charAt(i + 1));
        i += 2;
        continue;
      }
      if (c == '`') {
        // a code span is literal: no escapes, no emphasis inside
        int run = i;
        while (run < markdown.length() && markdown.charAt(run) == '`') {
          run++;
        }
        String fence = markdown.substring(i, run);
        int close = markdown.indexOf(fence, run);
        while (close >= 0 && close + fence.length() < markdown.length()
            && markdown.charAt(close + fence.length()) == '`') {
          close = markdown.indexOf(fence, close + fence.length() + 1);
        }
        if (close < 0) {
          out.append(fence);
          i = run;
          continue;
        }
        String code = markdown.substring(run, close);
        if (code.length() >= 2 && code.startsWith(" ") && code.endsWith(" ") && !code.isBlank()) {
          code = code.substring(1, code.length() - 1);
        }
        out.append(code);
        i = close + fence.length();
        continue;
      }
      if (c == '*') {
        i++;
        continue;
      }
      if (c == '_' && (i + 1 < markdown.length() && markdown.charAt(i + 1) == '_')) {
        i += 2;
        continue;
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  /**
   * Inline Markdown made to stand as the text of one paragraph or list item and read back as itself: white space
   * around each line dropped (Markdown drops it too), and a backslash put before the first character of a line
   * that would otherwise open a block — a heading ({@code # }), a list item ({@code - }, {@code 1. }), a block
   * quote, a fence, a thematic break, a setext underline, a table's delimiter row, an HTML block, a link reference
   * definition. The escaped character renders as itself, so the text means what it was meant to mean. Empty when
   * the text is blank.
   *
   * @throws IllegalArgumentException when the text has a blank line between lines of text (two blocks, not one)
   */
  public static String blockText(String markdown) {
    String[] lines = markdown.split("\r\n|\r|\n", -1);
    StringBuilder out = new StringBuilder(markdown.length() + 4);
    int last = lines.length - 1;
    while (last >= 0 && isBlank(lines[last])) {
      last--;
    }
    boolean started = false;
    for (int i = 0; i <= last; i++) {
      String line = stripLeading(lines[i]);
      if (i == last) {
        line = line.stripTrailing();
      }
      if (line.isEmpty()) {
        if (started) {
          throw new IllegalArgumentException("the text of one paragraph or list item has a blank line: "
              + markdown.strip().replace("\n", "\\n"));
        }
        continue;
      }
      if (started) {
        out.append('\n');
      }
      started = true;
      int escape = blockOpener(line);
      out.append(line, 0, escape);
      if (escape < line.length()) {
        out.append('\\');
      }
      out.append(line, escape, line.length());
    }
    return out.toString();
  }

  /**
   * {@link #blockText} for the text of a list item with {@code marker}, which must also not make a table's
   * delimiter row together with its marker ({@code - |} under a line ending in a pipe is one).
   */
  public static String itemText(String markdown, String marker) {
    String text = blockText(markdown);
    int firstLine = text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n');
    String line = marker + " " + text.substring(0, firstLine);
    return mayBeTableDelimiterRow(line, 0, line.length()) ? "\\" + text : text;
  }

  private static boolean isBlank(String line) {
    return stripLeading(line).isEmpty();
  }

  private static String stripLeading(String line) {
    int i = 0;
    while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
      i++;
    }
    return line.substring(i);
  }

  /**
   * {@return whether {@code line} (no leading white space) may open a block at column 1 — a heading, a list item, a
   * block quote, a fence, a thematic break, a setext underline, a table's delimiter row, an HTML block, a link
   * reference definition — the lines {@link #blockText} escapes; a loose test: some of them ({@code 2. x} after a
   * paragraph line, say) read as text where they stand}
   *
   * @param line the line, without its line break
   */
  public static boolean mayOpenBlock(String line) {
    return !line.isEmpty() && blockOpener(line) < line.length();
  }

  /**
   * Where a backslash keeps {@code line} (no leading white space) from opening a block, or {@code line.length()}
   * when it opens none.
   */
  private static int blockOpener(String line) {
    int n = line.length();
    char c = line.charAt(0);
    switch (c) {
      case '#' -> {
        int level = 0;
        while (level < n && line.charAt(level) == '#') {
          level++;
        }
        return level <= 6 && endsOrSpace(line, level) ? 0 : n;
      }
      case '-', '+', '*' -> {
        if (endsOrSpace(line, 1) || onlyRepeats(line, c) || c == '-' && onlyOf(line, '-')) {
          return 0;
        }
      }
      case '_' -> {
        if (onlyRepeats(line, c)) {
          return 0;
        }
      }
      case '=' -> {
        if (onlyOf(line, '=')) {
          return 0;
        }
      }
      case '>' -> {
        return 0;
      }
      case '`', '~' -> {
        if (line.startsWith(String.valueOf(c).repeat(3))) {
          return 0;
        }
      }
      case '<' -> {
        if (n > 1 && (Character.isLetter(line.charAt(1)) || "/!?".indexOf(line.charAt(1)) >= 0)) {
          return 0;
        }
      }
      case '[' -> {
        int close = line.indexOf(']');
        if (close > 0 && close + 1 < n && line.charAt(close + 1) == ':') {
          return 0;
        }
      }
      default -> {
        if (c >= '0' && c <= '9') {
          int d = 0;
          while (d < n && d < 10 && line.charAt(d) >= '0' && line.charAt(d) <= '9') {
            d++;
          }
          if (d <= 9 && d < n && (line.charAt(d) == '.' || line.charAt(d) == ')') && endsOrSpace(line, d + 1)) {
            return d;
          }
        }
      }
    }
    return mayBeTableDelimiterRow(line, 0, n) ? 0 : n;
  }

  /** Whether {@code line} ends at {@code at} or has a space or tab there. */
  private static boolean endsOrSpace(String line, int at) {
    return at >= line.length() || line.charAt(at) == ' ' || line.charAt(at) == '\t';
  }

  /** Three or more {@code c}, with spaces or tabs between (a thematic break). */
  private static boolean onlyRepeats(String line, char c) {
    int count = 0;
    for (int i = 0; i < line.length(); i++) {
      char x = line.charAt(i);
      if (x == c) {
        count++;
      } else if (x != ' ' && x != '\t') {
        return false;
      }
    }
    return count >= 3;
  }

  /** {@code c} repeated, then spaces or tabs at most (a setext underline). */
  private static boolean onlyOf(String line, char c) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == c) {
      i++;
    }
    return stripLeading(line.substring(i)).isEmpty();
  }

  /**
   * Escapes text so that, placed in Markdown inline content, it reads as itself: link brackets, emphasis
   * markers, backticks, backslashes, angle brackets and a leading block marker are escaped.
   */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\', '[', ']', '*', '_', '`', '<', '>' -> out.append('\\').append(c);
        case '#', '+', '-', '|' -> {
          if (i == 0 || c == '|') {
            out.append('\\');
          }
          out.append(c);
        }
        case '\n' -> out.append(' ');
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** The destination a link written with {@link #escapeUrl escapeUrl(url)} reads back as. */
  public static String urlAsRead(String url) {
    Link link = linkAt("[x](" + escapeUrl(url) + ")", 0);
    return link == null ? url : link.url();
  }

  /**
   * A link destination written so that it reads back as itself: unchanged when it already does (balanced
   * parentheses and a {@code <} inside are fine), else in angle brackets with {@code \ < >} backslash-escaped
   * (an unbalanced parenthesis, a space, an angle bracket), and only when neither reads back (a line break) with
   * spaces, line breaks, parentheses and angle brackets percent-encoded.
   */
  public static String escapeUrl(String url) {
    boolean oneLine = url.indexOf('\n') < 0 && url.indexOf('\r') < 0;
    if (oneLine && readsBackAs(url, url)) { // a line break is never written raw: the link would span two lines
      return url;
    }
    // in angle brackets, with backslashes before \ < > (a space or parenthesis needs nothing there)
    String pointy = "<" + url.replace("\\", "\\\\").replace("<", "\\<").replace(">", "\\>") + ">";
    if (oneLine && readsBackAs(pointy, url)) {
      return pointy;
    }
    StringBuilder out = new StringBuilder(url.length() + 8);
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      switch (c) {
        case ' ' -> out.append("%20");
        case '(' -> out.append("%28");
        case ')' -> out.append("%29");
        case '<' -> out.append("%3C");
        case '>' -> out.append("%3E");
        case '\n' -> out.append("%0A");
        case '\r' -> out.append("%0D");
        case '\t' -> out.append("%09");
        case '\\' -> out.append("%5C"); // before punctuation it would escape it
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean readsBackAs(String destination, String url) {
    Link back = linkAt("[x](" + destination + ")", 0);
    return back != null && back.url().equals(url) && back.end() == destination.length() + 5;
  }

  static boolean isAsciiPunctuation(char c) {
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
  }
}
