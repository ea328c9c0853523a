package org.digestkit.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BulletList;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.ThematicBreak;
import org.digestkit.core.markdown.MarkdownInline;
import org.jspecify.annotations.Nullable;

/**
 * A block scanner for the plain subset of CommonMark that digests are written in: ATX headings, paragraphs,
 * bullet and ordered lists (nested by indentation, items holding paragraphs and lists), plain top-level GFM
 * tables, thematic breaks and HTML blocks of CommonMark's type 6 (the {@code <div>} footer). For such a body it
 * builds the tree commonmark-java builds (node types, heading levels, list structure, one source span per line a
 * block holds; item spans starting where commonmark-java starts them), deciding each line from its first
 * characters. Anything else — tabs or carriage returns in the text, blank lines holding spaces, block quotes,
 * code blocks, other tables, setext underlines, lazy continuation lines, link reference definitions, empty list
 * items, other HTML, deep nesting — makes it answer {@code null}, and the caller parses with commonmark-java.
 * {@code FastBlocksTest} and {@code FastBlocksFuzzTest} hold the two trees equal.
 */
final class FastBlocks {

  /** CommonMark's HTML block type 6 tag names (as in commonmark-java 0.32). */
  private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "base", "basefont",
      "blockquote", "body", "caption", "center", "col", "colgroup", "dd", "details", "dialog", "dir", "div", "dl",
      "dt", "fieldset", "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5",
      "h6", "head", "header", "hr", "html", "iframe", "legend", "li", "link", "main", "menu", "menuitem", "nav",
      "noframes", "ol", "optgroup", "option", "p", "param", "section", "summary", "table", "tbody", "td",
      "tfoot", "th", "thead", "title", "tr", "track", "ul");

  private static final int MAX_DEPTH = 8;

  /** Thrown inside the scan when the body leaves the subset; never escapes {@link #parse}. */
  private static final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unsupported() {
      super(null, null, false, false);
    }
  }

  private static final Unsupported UNSUPPORTED = new Unsupported();

  /** An open list item: its node, its list, and the column where its content starts. */
  private static final class Open {
    final ListItem item;
    final ListBlock list;
    final int contentColumn;
    final char marker; // '-', '*', '+' for bullets; '.' or ')' for ordered lists

    Open(ListItem item, ListBlock list, int contentColumn, char marker) {
      this.item = item;
      this.list = list;
      this.contentColumn = contentColumn;
      this.marker = marker;
    }
  }

  private final String text;
  private final Document document = new Document();
  private final List<Open> stack = new ArrayList<>();
  /** The open paragraph (the last child of the innermost open container), or null. */
  private @Nullable Paragraph paragraph;
  private @Nullable HtmlBlock html;
  private @Nullable TableBlock table;
  private int tableCells;
  /** Lines in the open paragraph, and where its first line starts and ends. */
  private int paragraphLines;
  private int paragraphStart;
  private int paragraphEnd;
  private final int maxTableCells;
  private int lineIndex;
  private int lineStart;
  private int lineEnd;

  private FastBlocks(String text, int maxTableCells) {
    this.text = text;
    this.maxTableCells = maxTableCells;
  }

  /**
   * The block tree of {@code text}, or null when it is not in the subset this scanner reads (a table near
   * {@code maxTableCells} is left to commonmark-java, which enforces that limit).
   */
  static @Nullable Document parse(String text, int maxTableCells) {
    if (text.indexOf('\r') >= 0 || text.indexOf('\t') >= 0 || text.indexOf('\0') >= 0 || text.indexOf('\u000B') >= 0
        || text.indexOf('\f') >= 0) {
      return null;
    }
    try {
      return new FastBlocks(text, maxTableCells).scan();
    } catch (Unsupported e) {
      return null;
    }
  }

  private Document scan() {
    int start = 0;
    int index = 0;
    while (start < text.length()) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl;
      lineIndex = index;
      lineStart = start;
      lineEnd = end;
      line();
      index++;
      start = end + 1;
    }
    return document;
  }

  // ---------------------------------------------------------------- one line

  private void line() {
    int indent = spaces(lineStart);
    if (lineStart + indent == lineEnd) {
      if (indent > 0) {
        throw UNSUPPORTED; // a blank line of spaces: commonmark-java gives some containers a span on it
      }
      blank();
      return;
    }
    if (html != null) {
      span(html, 0);
      return;
    }
    if (table != null) {
      // a row holds a pipe; a line of plain text is a lazy row too (commonmark-java 0.32); anything else: fall back
      int pipe = find('|', lineStart, lineEnd);
      if (pipe < 0) {
        if (indent > 0 || !Character.isLetter(text.charAt(lineStart))) {
          throw UNSUPPORTED;
        }
      } else if (pipe == lineStart + indent && lineStart + indent + 1 + spaces(pipe + 1) == lineEnd) {
        throw UNSUPPORTED; // a lone pipe ends the table
      }
      tableCells += Math.max(1, cells(lineStart, lineEnd));
      if (tableCells > maxTableCells / 2) {
        throw UNSUPPORTED;
      }
      span(table, 0);
      return;
    }
    // how many open list items the line continues: its indentation reaches their content column
    int matched = 0;
    while (matched < stack.size() && indent >= stack.get(matched).contentColumn) {
      matched++;
    }
    int base = matched == 0 ? 0 : stack.get(matched - 1).contentColumn;
    int rel = indent - base;
    int at = lineStart + indent;
    boolean allMatched = matched == stack.size();

    if (paragraph != null && isDelimiterRow(at)) {
      // the tables extension comes first among block starts and ignores indentation
      startTable(indent);
      return;
    }
    if (paragraph != null && allMatched && rel >= 4) {
      continueParagraph(matched);
      return;
    }
    if (rel >= 4) {
      throw UNSUPPORTED; // indented code, or a lazy line
    }
    char c = text.charAt(at);
    // block starts, in commonmark-java's order: block quote, heading, fence, HTML, thematic break, list item
    if (c == '>' || c == '`' || c == '~') {
      if (c != '>' && !startsWith(at, c == '`' ? "```" : "~~~")) {
        plainLine(matched, allMatched, base);
        return;
      }
      throw UNSUPPORTED;
    }
    int level = atxLevel(at);
    if (level > 0) {
      if (matched > 0 || indent > 0) {
        throw UNSUPPORTED;
      }
      closeAll();
      Heading h = new Heading();
      h.setLevel(level);
      document.appendChild(h);
      span(h, 0);
      return;
    }
    if (c == '<') {
      if (matched > 0 || !isBlockTag(at)) {
        throw UNSUPPORTED;
      }
      closeAll();
      html = new HtmlBlock();
      document.appendChild(html);
      span(html, 0);
      return;
    }
    if (isSetextUnderline(at) && paragraph != null) {
      throw UNSUPPORTED;
    }
    if (c == '-' || c == '*' || c == '_') {
      if (isThematicBreak(at, c)) {
        if (matched > 0) {
          throw UNSUPPORTED;
        }
        closeAll();
        ThematicBreak hr = new ThematicBreak();
        document.appendChild(hr);
        span(hr, 0);
        return;
      }
    }
    if (listItem(at, indent, matched, base)) {
      return;
    }
    plainLine(matched, allMatched, base);
  }

  /** A line of text: a paragraph continuation, or a new paragraph in the deepest container it continues. */
  private void plainLine(int matched, boolean allMatched, int base) {
    if (paragraph != null) {
      if (!allMatched) {
        throw UNSUPPORTED; // a lazy continuation line
      }
      continueParagraph(matched);
      return;
    }
    closeTo(matched);
    Paragraph p = new Paragraph();
    Node parent = matched == 0 ? document : stack.get(matched - 1).item;
    int at = lineStart + spaces(lineStart);
    if (text.charAt(at) == '[' && mayBeLinkDefinition(at)) {
      throw UNSUPPORTED;
    }
    parent.appendChild(p);
    paragraph = p;
    paragraphLines = 1;
    paragraphStart = lineStart;
    paragraphEnd = lineEnd;
    spanContainers(matched);
    span(p, base);
  }

  /**
   * A delimiter row under a one-line paragraph at the top level: the two become a table when commonmark-java's
   * tables extension certainly agrees (dashes, optional colons, pipes; as many cells as the header), else the
   * body is left to commonmark-java.
   */
  private void startTable(int indent) {
    boolean header = stack.isEmpty() && indent == 0 && paragraphLines == 1 && paragraphStart < paragraphEnd
        && text.charAt(paragraphStart) != ' ' && find('|', paragraphStart, paragraphEnd) >= 0;
    // trailing white space makes commonmark-java count cells differently: left to it
    if (!header || !isStrictDelimiterRow(lineStart) || text.charAt(paragraphEnd - 1) == ' '
        || text.charAt(lineEnd - 1) == ' ') {
      throw UNSUPPORTED;
    }
    int headerCells = cells(paragraphStart, paragraphEnd);
    if (headerCells != cells(lineStart, lineEnd)) {
      throw UNSUPPORTED;
    }
    TableBlock t = new TableBlock();
    t.setSourceSpans(paragraph.getSourceSpans());
    paragraph.insertBefore(t);
    paragraph.unlink();
    paragraph = null;
    span(t, 0);
    table = t;
    tableCells = 2 * headerCells;
    if (tableCells > maxTableCells / 2) {
      throw UNSUPPORTED;
    }
  }

  /** The cells of a table row in {@code [from, to)}, split as the tables extension splits. */
  private int cells(int from, int to) {
    int s = from;
    int e = to;
    while (s < e && text.charAt(s) == ' ') {
      s++;
    }
    while (e > s && text.charAt(e - 1) == ' ') {
      e--;
    }
    if (s < e && text.charAt(s) == '|') {
      s++;
    }
    int cells = 0;
    boolean open = false;
    for (int p = s; p < e; p++) {
      char c = text.charAt(p);
      if (c == '\\') {
        p++;
        open = true;
      } else if (c == '|') {
        cells++;
        open = false;
      } else {
        open = true;
      }
    }
    return open ? cells + 1 : cells;
  }

  /** {@code | :--- | ---: |}: cells of three or more dashes with optional colons, with a pipe between or around. */
  private boolean isStrictDelimiterRow(int at) {
    int p = at;
    boolean pipe = false;
    if (p < lineEnd && text.charAt(p) == '|') {
      p++;
      pipe = true;
    }
    int cells = 0;
    while (true) {
      p += spaces(p);
      if (p < lineEnd && text.charAt(p) == ':') {
        p++;
      }
      int dashes = 0;
      while (p < lineEnd && text.charAt(p) == '-') {
        p++;
        dashes++;
      }
      if (dashes < 3) {
        return false;
      }
      if (p < lineEnd && text.charAt(p) == ':') {
        p++;
      }
      p += spaces(p);
      cells++;
      if (p == lineEnd) {
        return pipe && cells >= 1;
      }
      if (text.charAt(p) != '|') {
        return false;
      }
      pipe = true;
      p++;
      p += spaces(p);
      if (p == lineEnd) {
        return true;
      }
    }
  }

  private void continueParagraph(int matched) {
    paragraphLines++;
    spanContainers(matched);
    span(paragraph, matched == 0 ? 0 : stack.get(matched - 1).contentColumn);
  }

  private void blank() {
    paragraph = null;
    html = null;
    table = null;
    for (Open o : stack) {
      if (o.item.getFirstChild() == null) {
        throw UNSUPPORTED; // an item with nothing in it yet ends at a blank line
      }
    }
  }

  // ---------------------------------------------------------------- list items

  /** Starts a list item when the line holds a marker; false when it does not. */
  private boolean listItem(int at, int indent, int matched, int base) {
    char c = text.charAt(at);
    int markerEnd;
    char marker;
    int number = -1;
    if (c == '-' || c == '*' || c == '+') {
      markerEnd = at + 1;
      marker = c;
    } else if (c >= '0' && c <= '9') {
      int p = at;
      while (p < lineEnd && p - at < 10 && text.charAt(p) >= '0' && text.charAt(p) <= '9') {
        p++;
      }
      if (p - at > 9 || p >= lineEnd || text.charAt(p) != '.' && text.charAt(p) != ')') {
        return false;
      }
      number = Integer.parseInt(text, at, p, 10);
      marker = text.charAt(p);
      markerEnd = p + 1;
    } else {
      return false;
    }
    if (markerEnd >= lineEnd) {
      if (markerEnd == lineEnd) {
        throw UNSUPPORTED; // an empty item
      }
      return false;
    }
    if (text.charAt(markerEnd) != ' ') {
      return false;
    }
    int after = spaces(markerEnd);
    if (markerEnd + after == lineEnd || after > 4) {
      throw UNSUPPORTED; // an empty item, or content that is indented code
    }
    if (paragraph != null && matched == stack.size() && number >= 0 && number != 1) {
      throw UNSUPPORTED; // an ordered item that does not start at 1 cannot interrupt a paragraph
    }
    if (matched >= MAX_DEPTH) {
      throw UNSUPPORTED;
    }
    int contentColumn = indent + (markerEnd - at) + after;
    // a sibling joins the list of the first item the line does not continue, when of the same kind
    ListBlock list = matched < stack.size() && stack.get(matched).marker == marker ? stack.get(matched).list : null;
    closeTo(matched);
    spanContainers(matched);
    if (list == null) {
      list = number >= 0 ? new OrderedList() : new BulletList();
      (matched == 0 ? document : stack.get(matched - 1).item).appendChild(list);
    }
    spanOpen(list, base);
    ListItem item = new ListItem();
    list.appendChild(item);
    stack.add(new Open(item, list, contentColumn, marker));
    span(item, base);
    // the item's first line of text
    Paragraph p = new Paragraph();
    int textAt = markerEnd + after;
    if (text.charAt(textAt) == '[' && mayBeLinkDefinition(textAt)) {
      throw UNSUPPORTED;
    }
    char first = text.charAt(textAt);
    if (isListMarker(textAt) || atxLevel(textAt) > 0 || first == '<' || first == '>' || startsWith(textAt, "```")
        || startsWith(textAt, "~~~") || isThematicBreak(textAt, first)) {
      throw UNSUPPORTED; // a block other than a paragraph on the item's first line
    }
    item.appendChild(p);
    paragraph = p;
    paragraphLines = 1;
    paragraphStart = textAt;
    paragraphEnd = lineEnd;
    span(p, textAt - lineStart);
    return true;
  }

  /** Closes the list items deeper than {@code depth} and the open paragraph. */
  private void closeTo(int depth) {
    while (stack.size() > depth) {
      stack.remove(stack.size() - 1);
    }
    paragraph = null;
  }

  private void closeAll() {
    closeTo(0);
  }

  // ---------------------------------------------------------------- spans

  /** Spans for the lists and items the line continues (not the ones it starts). */
  private void spanContainers(int matched) {
    for (int i = 0; i < matched; i++) {
      spanOpen(stack.get(i).list, i == 0 ? 0 : stack.get(i - 1).contentColumn);
      spanOpen(stack.get(i).item, stack.get(i).contentColumn);
    }
  }

  private void spanOpen(Node n, int column) {
    List<SourceSpan> spans = n.getSourceSpans();
    if (!spans.isEmpty() && spans.get(spans.size() - 1).getLineIndex() == lineIndex) {
      return;
    }
    span(n, column);
  }

  private void span(Node n, int column) {
    int length = lineEnd - lineStart - column;
    if (length > 0) {
      n.addSourceSpan(SourceSpan.of(lineIndex, column, lineStart + column, length));
    }
  }

  // ---------------------------------------------------------------- line shapes

  /** The first {@code c} in {@code [from, to)}, or -1 (never looks past the line, so scans stay linear). */
  private int find(char c, int from, int to) {
    for (int p = from; p < to; p++) {
      if (text.charAt(p) == c) {
        return p;
      }
    }
    return -1;
  }

  private int spaces(int from) {
    int p = from;
    while (p < lineEnd && text.charAt(p) == ' ') {
      p++;
    }
    return p - from;
  }

  private boolean startsWith(int at, String s) {
    return at + s.length() <= lineEnd && text.startsWith(s, at);
  }

  /** The level of an ATX heading starting at {@code at}, or 0. */
  private int atxLevel(int at) {
    int p = at;
    while (p < lineEnd && text.charAt(p) == '#') {
      p++;
    }
    int level = p - at;
    if (level == 0 || level > 6 || p < lineEnd && text.charAt(p) != ' ') {
      return 0;
    }
    return level;
  }

  private boolean isThematicBreak(int at, char c) {
    if (c != '-' && c != '*' && c != '_') {
      return false;
    }
    int count = 0;
    for (int p = at; p < lineEnd; p++) {
      char x = text.charAt(p);
      if (x == c) {
        count++;
      } else if (x != ' ') {
        return false;
      }
    }
    return count >= 3;
  }

  private boolean isSetextUnderline(int at) {
    char c = text.charAt(at);
    if (c != '=' && c != '-') {
      return false;
    }
    int p = at;
    while (p < lineEnd && text.charAt(p) == c) {
      p++;
    }
    while (p < lineEnd && text.charAt(p) == ' ') {
      p++;
    }
    return p == lineEnd;
  }

  private boolean isListMarker(int at) {
    char c = text.charAt(at);
    if (c == '-' || c == '*' || c == '+') {
      return at + 1 >= lineEnd || text.charAt(at + 1) == ' ';
    }
    int p = at;
    while (p < lineEnd && text.charAt(p) >= '0' && text.charAt(p) <= '9') {
      p++;
    }
    return p > at && p < lineEnd && (text.charAt(p) == '.' || text.charAt(p) == ')')
        && (p + 1 >= lineEnd || text.charAt(p + 1) == ' ');
  }

  /** A GFM table delimiter row, loosely: only pipes, colons, dashes and spaces, with a dash and a pipe or colon. */
  private boolean isDelimiterRow(int at) {
    return MarkdownInline.mayBeTableDelimiterRow(text, at, lineEnd);
  }

  /** Whether a paragraph starting with {@code [} may be a link reference definition ({@code [label]:}). */
  private boolean mayBeLinkDefinition(int at) {
    for (int p = at + 1; p < lineEnd; p++) {
      char x = text.charAt(p);
      if (x == '\\') {
        p++;
      } else if (x == '[') {
        return false; // a label cannot hold an unescaped bracket
      } else if (x == ']') {
        return p + 1 < lineEnd && text.charAt(p + 1) == ':';
      }
    }
    return true; // the label may go on on the next line
  }

  /** Whether an HTML block of type 6 starts at {@code at}: {@code <tag} or {@code </tag} of a block tag. */
  private boolean isBlockTag(int at) {
    int p = at + 1;
    if (p < lineEnd && text.charAt(p) == '/') {
      p++;
    }
    int nameStart = p;
    while (p < lineEnd && (Character.isLetterOrDigit(text.charAt(p)) && text.charAt(p) < 128)) {
      p++;
    }
    if (p == nameStart || !Character.isLetter(text.charAt(nameStart))) {
      return false;
    }
    String name = text.substring(nameStart, p).toLowerCase(Locale.ROOT);
    if (!BLOCK_TAGS.contains(name)) {
      return false;
    }
    return p == lineEnd || text.charAt(p) == ' ' || text.charAt(p) == '>' || startsWith(p, "/>");
  }
}
