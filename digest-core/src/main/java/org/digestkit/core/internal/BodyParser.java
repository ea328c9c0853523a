package org.digestkit.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.digestkit.core.ParseLimits;
import org.digestkit.core.markdown.MarkdownInline;
import org.digestkit.core.model.Block;
import org.digestkit.core.model.Bullet;
import org.digestkit.core.model.BulletList;
import org.digestkit.core.model.Footer;
import org.digestkit.core.model.Heading;
import org.digestkit.core.model.Item;
import org.digestkit.core.model.ColumnAlignment;
import org.digestkit.core.model.Label;
import org.digestkit.core.model.LabelBreak;
import org.digestkit.core.model.LabelForm;
import org.digestkit.core.model.LabelKind;
import org.digestkit.core.model.LabelledBlock;
import org.digestkit.core.model.MoreEntry;
import org.digestkit.core.model.MoreList;
import org.digestkit.core.model.Numbering;
import org.digestkit.core.model.Paragraph;
import org.digestkit.core.model.RawBlock;
import org.digestkit.core.model.Section;
import org.digestkit.core.model.SectionElement;
import org.digestkit.core.model.SectionRole;
import org.digestkit.core.model.SourceInfo;
import org.digestkit.core.model.Table;
import org.digestkit.core.model.ThematicBreak;

/**
 * Reads a post body into digest structure. {@link FastBlocks} (the plain subset digests are written in) or else
 * commonmark-java's block parser (with source spans and a no-op inline parser, so paragraphs are not
 * inline-parsed) finds the block boundaries; this class reads labels,
 * items, entries and sections from those blocks' raw lines, and builds the section tree by heading level.
 * Thread-safe: one instance serves any number of parses.
 */
final class BodyParser {

  // groups: the label text, its colon as written (Label.colon), the white space before the text on its line
  // (Label.separator), or at the end of a label line; a label line may end with spaces and tabs, and a backslash
  // (a hard line break when a line of its paragraph follows)
  private static final Pattern LABEL_LINE = Pattern.compile(
      "\\*\\*(?<text>[^*\\[\\]\\n]{1,40}?)(?<colon>[ \\t]*[：:])\\*\\*(?<trail>[ \\t]*\\\\?)");
  private static final Pattern LABEL_OUTSIDE_LINE = Pattern.compile(
      "\\*\\*(?<text>[^*\\[\\]\\n]{1,40}?)\\*\\*(?<colon>[：:])(?<trail>[ \\t]*\\\\?)");
  private static final Pattern LABEL_INLINE =
      Pattern.compile("\\*\\*(?<text>[^*\\[\\]\\n]{1,40}?)(?<colon>[ \\t]*[：:])\\*\\*(?<sep>[ \\t]*)\\S");
  private static final Pattern LABEL_OUTSIDE_INLINE =
      Pattern.compile("\\*\\*(?<text>深度解读[^*\\[\\]\\n]{0,12}|影响|洞察|解读)\\*\\*(?<colon>[：:])(?<sep>[ \\t]*)");
  private static final Pattern TABLE_DELIMITER =
      Pattern.compile("\\|?[ \\t]*:?-+:?[ \\t]*(\\|[ \\t]*:?-+:?[ \\t]*)*\\|?[ \\t]*");

  private final Parser commonmark;
  private final ParseLimits limits;

  BodyParser(ParseLimits limits) {
    this.limits = limits;
    this.commonmark =
        Parser.builder()
            .extensions(List.of(TablesExtension.builder().maxCells(limits.maxTableCells()).build()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .inlineParserFactory(context -> (sourceLines, block) -> {})
            .maxOpenBlockParsers(limits.maxNesting())
            .build();
  }

  /** The parts of a body, in document order. */
  record Body(Heading title, List<Block> intro, List<Section> sections, Footer footer) {}

  enum Kind {
    HEADING,
    PARAGRAPH,
    LIST,
    HR,
    TABLE,
    HTML,
    RAW,
    LABEL
  }

  /** A block token: a top-level commonmark block, or a piece of a paragraph split at a label. */
  static final class Tok {
    final Kind kind;
    final int first;
    final int last;
    final Node node;
    int start;
    int end;
    int level;
    String labelText;
    LabelForm labelForm;
    /** For labels on their own line: whether it ends with a hard line break inside its paragraph. */
    boolean labelHardBreak;
    /** For labels on their own line: whether it is the last line of its paragraph. */
    boolean labelEndsParagraph;
    /** For labels but headings: the colon as written (white space before it inside the bold markers). */
    String labelColon = "";
    /**
     * For labels with text on their line: the white space before that text, as written; for labels on their own
     * line: the white space at its end that renders (before a line of the same paragraph, without the spaces
     * CommonMark drops or reads as a hard break).
     */
    String labelSeparator = "";
    /** For labels: whether a line of the same paragraph comes before it. */
    boolean labelContinues;
    /** For headings: the text after the {@code #} marks. */
    String content;

    Tok(Kind kind, int first, int last, Node node, int start, int end) {
      this.kind = kind;
      this.first = first;
      this.last = last;
      this.node = node;
      this.start = start;
      this.end = end;
    }
  }

  /** Parses the body that starts at line {@code bodyLine} of {@code lines}. */
  Body parse(Lines lines, int bodyLine, Cursor cursor) {
    if (bodyLine >= lines.count()) {
      return new Body(null, List.of(), List.of(), null);
    }
    String bodyText = lines.text().substring(lines.start(bodyLine));
    // the common plain subset; null sends the rest to commonmark-java
    Node document = FastBlocks.parse(bodyText, limits.maxTableCells());
    boolean fast = document != null;
    try {
      if (document == null) {
        document = commonmark.parse(bodyText);
      }
    } catch (IllegalArgumentException e) {
      // the tables extension aborts over its cell limit
      throw cursor.error("limit-table-cells", "a table has more than " + limits.maxTableCells() + " cells",
          lines.start(bodyLine), e);
    }
    List<Tok> toks = tokens(document, lines, bodyLine, cursor);
    return new Builder(lines, cursor, toks, bodyLine, fast).build();
  }

  // ---------------------------------------------------------------- tokens

  private List<Tok> tokens(Node document, Lines lines, int bodyLine, Cursor cursor) {
    List<Tok> toks = new ArrayList<>();
    int blocks = 0;
    int tomlClose = tomlFrontMatterClose(lines, bodyLine);
    Node tomlFirst = null;
    for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
      if (++blocks > limits.maxBlocks()) {
        throw cursor.error("limit-blocks", "the body has more than " + limits.maxBlocks() + " blocks",
            lines.start(bodyLine));
      }
      int[] range = lineRange(n, new int[] {Integer.MAX_VALUE, -1});
      if (range[1] < 0) {
        continue;
      }
      int first = range[0] + bodyLine;
      int last = range[1] + bodyLine;
      if (first <= tomlClose) { // the blocks of a TOML front matter: one raw block, as written
        tomlFirst = tomlFirst == null ? n : tomlFirst;
        if (n.getNext() != null && lineRange(n.getNext(), new int[] {Integer.MAX_VALUE, -1})[0] + bodyLine
            <= tomlClose) {
          continue;
        }
        int end = lines.contentEnd(Math.max(last, tomlClose));
        toks.add(new Tok(Kind.RAW, bodyLine, lines.lineOf(end), tomlFirst, lines.start(bodyLine), end));
        continue;
      }
      int start = lines.start(first);
      int end = lines.contentEnd(last);
      if (!(n instanceof org.commonmark.node.Paragraph) && OpenFences.endsOpen(n, i -> lines.line(i + bodyLine))) {
        end = endOverBlankLines(lines, last);
        last = lines.lineOf(end);
      }
      if (n instanceof org.commonmark.node.Heading h) {
        if (first != last) {
          toks.add(new Tok(Kind.RAW, first, last, n, start, end)); // setext heading: kept raw
          continue;
        }
        Tok t = new Tok(Kind.HEADING, first, last, n, start, end);
        t.level = h.getLevel();
        String content = headingContent(lines.line(first));
        t.content = content;
        String labelWord = content.strip();
        if (t.level >= 3 && isHeadingLabel(labelWord)) {
          t = new Tok(Kind.LABEL, first, last, n, start, end);
          t.labelText = labelWord;
          t.labelForm = LabelForm.HEADING;
          t.level = h.getLevel();
        }
        toks.add(t);
      } else if (n instanceof org.commonmark.node.Paragraph) {
        splitParagraph(lines, first, last, n, toks);
      } else if (n instanceof ListBlock) {
        toks.add(new Tok(Kind.LIST, first, last, n, start, end));
      } else if (n instanceof org.commonmark.node.ThematicBreak) {
        toks.add(new Tok(Kind.HR, first, last, n, start, end));
      } else if (n instanceof TableBlock) {
        toks.add(new Tok(Kind.TABLE, first, last, n, start, end));
      } else if (n instanceof HtmlBlock) {
        toks.add(new Tok(Kind.HTML, first, last, n, start, end));
      } else {
        toks.add(new Tok(Kind.RAW, first, last, n, start, end));
      }
    }
    return toks;
  }

  /**
   * The end of a block whose last line is {@code last} and which ends inside a fence it leaves open (see
   * {@link OpenFences}): past the blank lines after it, which are lines of its code — up to the line break before
   * the next line, or to the end of the text, its final line break included.
   */
  static int endOverBlankLines(Lines lines, int last) {
    int line = last;
    while (line + 1 < lines.count() && lines.isBlank(line + 1)) {
      line++;
    }
    return lines.contentEnd(line);
  }

  private static boolean isHeadingLabel(String word) {
    return word.equals("影响") || word.equals("洞察") || word.startsWith("深度解读") && word.length() <= 14;
  }

  /**
   * Min and max line index of a block. commonmark-java gives a block a span on every line it holds (checked on
   * 31,712 corpus blocks and list items), so the first and last own spans suffice; a block without spans is
   * walked.
   */
  /**
   * The line that closes a TOML front matter ({@code +++} lines, as Hugo writes it) opening the body, or -1: its
   * lines are kept as one raw block, since neither the model nor the canonical writer reads TOML.
   */
  private static int tomlFrontMatterClose(Lines lines, int bodyLine) {
    if (bodyLine != 0 || lines.count() < 2 || !lines.line(0).stripTrailing().equals("+++")) {
      return -1;
    }
    for (int i = 1; i < lines.count(); i++) {
      if (lines.line(i).stripTrailing().equals("+++")) {
        return i;
      }
    }
    return -1;
  }

  private static int[] lineRange(Node n, int[] acc) {
    List<SourceSpan> own = n.getSourceSpans();
    if (!own.isEmpty()) {
      acc[0] = Math.min(acc[0], own.get(0).getLineIndex());
      acc[1] = Math.max(acc[1], own.get(own.size() - 1).getLineIndex());
      return acc;
    }
    return deepLineRange(n, acc);
  }

  private static int[] deepLineRange(Node n, int[] acc) {
    for (SourceSpan s : n.getSourceSpans()) {
      acc[0] = Math.min(acc[0], s.getLineIndex());
      acc[1] = Math.max(acc[1], s.getLineIndex());
    }
    for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
      deepLineRange(c, acc);
    }
    return acc;
  }

  /** Splits a paragraph at label lines and inline labels into LABEL and PARAGRAPH tokens. */
  private static void splitParagraph(Lines lines, int first, int last, Node node, List<Tok> toks) {
    int segStart = lines.start(first);
    int segFirst = first;
    for (int line = first; line <= last; line++) {
      int ls = lines.start(line);
      int le = lines.contentEnd(line);
      int indent = 0;
      while (ls + indent < le && indent < 4 && lines.text().charAt(ls + indent) == ' ') {
        indent++;
      }
      String content = lines.text().substring(ls + indent, le);
      if (!content.startsWith("**")) {
        continue;
      }
      Matcher m;
      LabelForm form = null;
      int labelEnd = -1;
      int textStart = -1;
      if ((m = LABEL_LINE.matcher(content)).matches() && !textAfterLabel(m, line == last)) {
        form = LabelForm.LINE;
        labelEnd = le;
      } else if ((m = LABEL_OUTSIDE_LINE.matcher(content)).matches() && !textAfterLabel(m, line == last)) {
        form = LabelForm.LINE_COLON_OUTSIDE;
        labelEnd = le;
      } else if ((m = LABEL_INLINE.matcher(content)).lookingAt()) {
        form = LabelForm.INLINE;
        labelEnd = ls + indent + m.start("sep");
        textStart = ls + indent + m.end("sep");
      } else if ((m = LABEL_OUTSIDE_INLINE.matcher(content)).lookingAt()) {
        form = LabelForm.COLON_OUTSIDE;
        labelEnd = ls + indent + m.start("sep");
        textStart = ls + indent + m.end("sep");
      }
      if (form == null) {
        continue;
      }
      boolean lineForm = form == LabelForm.LINE || form == LabelForm.LINE_COLON_OUTSIDE;
      if (lineForm && line == last && content.endsWith("\\")) {
        continue; // a backslash that ends a paragraph is text: this line is not a label alone
      }
      if (segStart < ls) {
        addSegment(lines, segFirst, line - 1, node, segStart, toks);
      }
      if (form == LabelForm.LINE || form == LabelForm.LINE_COLON_OUTSIDE) {
        int end = le;
        // trailing spaces of a label line stay outside the label itself: they are part of the raw line
        Tok label = new Tok(Kind.LABEL, line, line, node, ls, end);
        label.labelText = m.group("text").strip();
        label.labelForm = form;
        label.labelColon = m.group("colon");
        label.labelContinues = line > first;
        label.labelEndsParagraph = line == last;
        label.labelHardBreak = line < last && (content.endsWith("\\") || content.endsWith("  "));
        if (line < last) {
          // before a backslash white space renders as written; before a line break CommonMark drops its spaces
          String trail = m.group("trail");
          label.labelSeparator = trail.endsWith("\\") ? trail.substring(0, trail.length() - 1)
              : stripTrailingSpaces(trail);
        }
        toks.add(label);
        segStart = line + 1 <= last ? lines.start(line + 1) : le;
        segFirst = line + 1;
      } else {
        Tok label = new Tok(Kind.LABEL, line, line, node, ls, labelEnd);
        label.labelText = m.group("text").strip();
        label.labelForm = form;
        label.labelColon = m.group("colon");
        label.labelSeparator = m.group("sep");
        label.labelContinues = line > first;
        toks.add(label);
        segStart = textStart;
        segFirst = line;
      }
    }
    if (segFirst <= last && segStart < lines.contentEnd(last)) {
      addSegment(lines, segFirst, last, node, segStart, toks);
    }
  }

  /**
   * Whether a label line's match is rather a label with text on its line: white space and a backslash that end a
   * paragraph are the text {@code \} after the label (a backslash alone there is no label at all).
   */
  private static boolean textAfterLabel(Matcher m, boolean lastLine) {
    String trail = m.group("trail");
    return lastLine && trail.length() > 1 && trail.endsWith("\\");
  }

  /** {@code s} without the spaces (not tabs) at its end: what CommonMark drops before a line break. */
  private static String stripTrailingSpaces(String s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == ' ') {
      end--;
    }
    return s.substring(0, end);
  }

  /**
   * Adds a paragraph piece; a piece that is a pipe table (header row, delimiter row) becomes a table, as GFM
   * lets a table follow a label line directly — commonmark-java only starts tables after a blank line.
   */
  private static void addSegment(Lines lines, int first, int last, Node node, int start, List<Tok> toks) {
    if (last > first && start == lines.start(first) && lines.line(first).indexOf('|') >= 0
        && TABLE_DELIMITER.matcher(lines.line(first + 1)).matches()) {
      boolean rows = true;
      for (int l = first + 2; l <= last; l++) {
        if (lines.line(l).indexOf('|') < 0) {
          rows = false;
          break;
        }
      }
      if (rows) {
        toks.add(new Tok(Kind.TABLE, first, last, node, start, lines.contentEnd(last)));
        return;
      }
    }
    toks.add(new Tok(Kind.PARAGRAPH, first, last, node, start, lines.contentEnd(last)));
  }

  /** The length of a {@code 一、} numbering at the start of {@code s} (1 to 3 numerals), or 0. */
  static int cjkNumberingLength(String s) {
    int i = 0;
    while (i < s.length() && i < 3 && "一二三四五六七八九十".indexOf(s.charAt(i)) >= 0) {
      i++;
    }
    return i > 0 && i < s.length() && s.charAt(i) == '、' ? i + 1 : 0;
  }

  /** The length of a {@code 01｜} (or corrupted {@code 08｠}) numbering at the start of {@code s}, or 0. */
  static int digitNumberingLength(String s) {
    int i = 0;
    while (i < s.length() && i < 2 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i > 0 && i < s.length() && (s.charAt(i) == '｜' || s.charAt(i) == '｠') ? i + 1 : 0;
  }

  /** The length of a {@code 01 } numbering (two digits and a space) at the start of {@code s}, or 0. */
  static int digitSpaceLength(String s) {
    return s.length() > 3 && Character.isDigit(s.charAt(0)) && s.charAt(0) < 128 && Character.isDigit(s.charAt(1))
        && s.charAt(1) < 128 && s.charAt(2) == ' ' ? 3 : 0;
  }

  /** {@code s} without leading spaces and tabs (other white space, such as a form feed, is text). */
  static String stripSpacesAndTabs(String s) {
    int i = 0;
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
      i++;
    }
    return s.substring(i);
  }

  /** The text of an ATX heading line after its {@code #} marks, trailing whitespace removed. */
  static String headingContent(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    while (i < line.length() && line.charAt(i) == '#') {
      i++;
    }
    while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
      i++;
    }
    return line.substring(i).stripTrailing();
  }

  // ---------------------------------------------------------------- tree

  /** Builds the model from the tokens of one body, emitting leaves through the cursor in order. */
  private static final class Builder {
    private final Lines lines;
    private final String text;
    private final Cursor cursor;
    private final List<Tok> toks;
    private final boolean digitSpaceNumbering;
    private final int bodyLine;
    /** Whether the block tree came from {@link FastBlocks}, which leaves list tightness unset. */
    private final boolean fast;

    Builder(Lines lines, Cursor cursor, List<Tok> toks, int bodyLine, boolean fast) {
      this.bodyLine = bodyLine;
      this.fast = fast;
      this.lines = lines;
      this.text = lines.text();
      this.cursor = cursor;
      this.toks = toks;
      this.digitSpaceNumbering = detectDigitSpaceNumbering();
    }

    /** {@code 01 title} counts as numbering only when every non-more H2 of the post is written that way. */
    private boolean detectDigitSpaceNumbering() {
      int numbered = 0;
      for (Tok t : toks) {
        if (t.kind == Kind.HEADING && t.level == 2) {
          String c = t.content;
          if (digitSpaceLength(c) > 0) {
            numbered++;
          } else if (!SectionRole.isMoreTitle(c)) {
            return false;
          }
        }
      }
      return numbered >= 2;
    }

    Body build() {
      int n = toks.size();
      int i = 0;
      Heading title = null;
      if (n > 0 && toks.get(0).kind == Kind.HEADING && toks.get(0).level == 1) {
        title = heading(toks.get(0));
        i = 1;
      }
      int footerStart = footerStart();
      int firstHeading = nextHeading(i, footerStart, Integer.MAX_VALUE);
      List<Block> intro = blocks(i, firstHeading, false);
      List<Section> sections = new ArrayList<>();
      int k = firstHeading;
      while (k < footerStart) {
        int end = nextHeading(k + 1, footerStart, toks.get(k).level);
        sections.add(section(k, end, false));
        k = end;
      }
      Footer footer = null;
      if (footerStart < n) {
        footer = footer(footerStart);
      }
      return new Body(title, intro, sections, footer);
    }

    /** Index of the first token of a trailing {@code ---} + HTML footer, or the token count. */
    private int footerStart() {
      int n = toks.size();
      int j = n;
      while (j > 0 && toks.get(j - 1).kind == Kind.HTML) {
        j--;
      }
      if (j == n) {
        return n;
      }
      int htmlStart = j;
      while (j > 0 && toks.get(j - 1).kind == Kind.HR) {
        j--;
      }
      return j < htmlStart ? j : n;
    }

    private Footer footer(int start) {
      int n = toks.size();
      int rules = 0;
      int html = start;
      while (toks.get(html).kind == Kind.HR) {
        rules++;
        html++;
      }
      int s = toks.get(start).start;
      int e = toks.get(n - 1).end;
      String htmlText = normalize(text.substring(toks.get(html).start, e));
      Footer value = new Footer(htmlText, rules, SourceInfo.NONE);
      return new Footer(htmlText, rules, cursor.leaf(s, e, value));
    }

    /** The next HEADING token at or after {@code from} (before {@code to}) whose level is at most {@code level}. */
    private int nextHeading(int from, int to, int level) {
      for (int j = from; j < to; j++) {
        Tok t = toks.get(j);
        if (t.kind == Kind.HEADING && t.level <= level) {
          return j;
        }
      }
      return to;
    }

    private boolean hasHeading(int from, int to) {
      return nextHeading(from, to, Integer.MAX_VALUE) < to;
    }

    private Section section(int headingIndex, int end, boolean entriesContext) {
      Tok h = toks.get(headingIndex);
      Heading heading = heading(h);
      SectionRole role = role(heading, headingIndex + 1, end, entriesContext);
      boolean entries = entriesContext || role == SectionRole.MORE || role == SectionRole.LIST;
      List<SectionElement> elements = new ArrayList<>();
      int k = nextHeading(headingIndex + 1, end, Integer.MAX_VALUE);
      elements.addAll(blocks(headingIndex + 1, k, entries));
      while (k < end) {
        Tok child = toks.get(k);
        int childEnd = nextHeading(k + 1, end, child.level);
        String childTitle = child.content;
        if (hasHeading(k + 1, childEnd) || SectionRole.isMoreTitle(stripNumbering(childTitle))
            || entries && onlyLists(k + 1, childEnd)) {
          elements.add(section(k, childEnd, entries));
        } else {
          int itemEnd = childEnd;
          while (itemEnd > k + 1 && isHoistable(toks.get(itemEnd - 1))) {
            itemEnd--;
          }
          Heading itemHeading = heading(child);
          elements.add(new Item(itemHeading, blocks(k + 1, itemEnd, entries)));
          elements.addAll(blocks(itemEnd, childEnd, entries));
        }
        k = childEnd;
      }
      return new Section(heading, role, elements);
    }

    private boolean isHoistable(Tok t) {
      return t.kind == Kind.HR;
    }

    private SectionRole role(Heading heading, int from, int to, boolean entriesContext) {
      if (SectionRole.isMoreTitle(heading.title())) {
        return SectionRole.MORE;
      }
      if (hasHeading(from, to)) {
        return SectionRole.TOPIC;
      }
      // lists alone make a list of entries, unless the heading is one link: then it is a story's headline with its
      // facts (FORMAT.md: linked H2s are H2-as-item posts; no list section of the corpus has a linked heading)
      return onlyLists(from, to) && (entriesContext || !heading.isFullyLinked()) ? SectionRole.LIST
          : SectionRole.STORY;
    }

    private boolean onlyLists(int from, int to) {
      boolean any = false;
      for (int j = from; j < to; j++) {
        Kind k = toks.get(j).kind;
        if (k == Kind.LIST) {
          any = true;
        } else if (k != Kind.HR) {
          return false;
        }
      }
      return any;
    }

    private static String stripNumbering(String content) {
      int n = cjkNumberingLength(content);
      if (n == 0) {
        n = digitNumberingLength(content);
      }
      if (n == 0) {
        n = digitSpaceLength(content);
      }
      return content.substring(n);
    }

    private Heading heading(Tok t) {
      String content = t.content != null ? t.content : headingContent(lines.line(t.first));
      Numbering numbering = Numbering.NONE;
      if (t.level >= 2) {
        int n = cjkNumberingLength(content);
        if (n == 0 || n == content.length()) {
          n = digitNumberingLength(content);
          if ((n == 0 || n == content.length()) && digitSpaceNumbering && t.level == 2) {
            n = digitSpaceLength(content);
          }
        }
        if (n > 0 && n < content.length()) {
          numbering = new Numbering(content.substring(0, n - 1), content.substring(n - 1, n));
          content = content.substring(n);
        }
      }
      Heading value = new Heading(t.level, numbering, content, SourceInfo.NONE);
      return new Heading(t.level, numbering, content, cursor.leaf(t.start, t.end, value));
    }

    /** The blocks of tokens {@code [from, to)}; lists become entries in a "more" context. */
    private List<Block> blocks(int from, int to, boolean entries) {
      List<Block> out = new ArrayList<>(Math.max(0, to - from));
      int j = from;
      while (j < to) {
        Tok t = toks.get(j);
        if (t.kind == Kind.LABEL) {
          int end = j + 1;
          while (end < to && toks.get(end).kind != Kind.LABEL && toks.get(end).kind != Kind.HR
              && toks.get(end).kind != Kind.HEADING) {
            end++;
          }
          // a label line that ends its paragraph, a paragraph below: the label is a paragraph of its own
          boolean ownParagraph = t.labelEndsParagraph && j + 1 < end && toks.get(j + 1).kind == Kind.PARAGRAPH;
          Label label = label(t, ownParagraph);
          boolean labelEntries = entries || label.kind() == LabelKind.MORE;
          out.add(new LabelledBlock(label, blocks(j + 1, end, labelEntries)));
          j = end;
        } else {
          out.add(block(t, entries));
          j++;
        }
      }
      return out;
    }

    /** The label of a token; {@code ownParagraph}: a line label is a paragraph of its own, a paragraph below. */
    private Label label(Tok t, boolean ownParagraph) {
      int level = t.labelForm == LabelForm.HEADING ? t.level : 0;
      LabelBreak lineBreak = t.labelHardBreak ? LabelBreak.HARD
          : ownParagraph ? LabelBreak.PARAGRAPH : LabelBreak.SOFT;
      Label value = new Label(t.labelText, t.labelForm, level, lineBreak, t.labelContinues, t.labelColon,
          t.labelSeparator, SourceInfo.NONE);
      return new Label(t.labelText, t.labelForm, level, lineBreak, t.labelContinues, t.labelColon,
          t.labelSeparator, cursor.leaf(t.start, t.end, value));
    }


    private Block block(Tok t, boolean entries) {
      switch (t.kind) {
        case PARAGRAPH -> {
          // a paragraph's indentation (up to three spaces) means nothing: the raw text keeps it, the value not
          String value = stripSpacesAndTabs(normalize(text.substring(t.start, t.end)));
          return new Paragraph(value, cursor.leaf(t.start, t.end, new Paragraph(value, SourceInfo.NONE)));
        }
        case HR -> {
          return new ThematicBreak(cursor.leaf(t.start, t.end, new ThematicBreak(SourceInfo.NONE)));
        }
        case LIST -> {
          ListBlock list = (ListBlock) t.node;
          if (!fast && tabInIndentation(t)) { // FastBlocks reads only text without tabs
            return raw(t);
          }
          if (entries && isEntryList(list)) {
            return moreList(list);
          }
          if (isTypedList(list)) {
            return new BulletList(bullets(list), loose(list));
          }
          return raw(t);
        }
        case TABLE -> {
          Table table = table(t);
          return table != null ? table : raw(t);
        }
        default -> {
          return raw(t);
        }
      }
    }

    /**
     * Whether a line of the block has a tab before its text: in the white space, list markers ({@code -}, {@code +},
     * {@code *}, {@code 1.}, {@code 1)}) and block quote markers ({@code >}) it starts with. Such a list is kept as
     * written, a raw block: a line that starts with a tab means what it means only where and as it is written (see
     * the canonical style on {@code DigestWriter}).
     */
    private boolean tabInIndentation(Tok t) {
      for (int line = t.first; line <= t.last; line++) {
        int end = lines.contentEnd(line);
        int p = lines.start(line);
        while (p < end) {
          char c = text.charAt(p);
          if (c == '\t') {
            return true;
          }
          int next = c == ' ' || c == '>' ? p + 1 : markerEnd(p, end);
          if (next == p) {
            break;
          }
          p = next;
        }
      }
      return false;
    }

    /**
     * The end of the list marker at {@code p} (a bullet, or 1 to 9 digits and {@code .} or {@code )}, then white
     * space or the end of the line at {@code end}), or {@code p} when none starts there.
     */
    private int markerEnd(int p, int end) {
      int q = p;
      char c = text.charAt(q);
      if (c == '-' || c == '+' || c == '*') {
        q++;
      } else {
        while (q < end && q - p < 9 && text.charAt(q) >= '0' && text.charAt(q) <= '9') {
          q++;
        }
        if (q == p || q == end || text.charAt(q) != '.' && text.charAt(q) != ')') {
          return p;
        }
        q++;
      }
      return q == end || text.charAt(q) == ' ' || text.charAt(q) == '\t' ? q : p;
    }

    private RawBlock raw(Tok t) {
      String value = normalize(text.substring(t.start, t.end));
      return new RawBlock(value, cursor.leaf(t.start, t.end, new RawBlock(value, SourceInfo.NONE)));
    }

    // ------------------------------------------------------------ lists

    /**
     * Whether every item is text first and nested lists after (all tight, or all loose in a loose list), and no
     * setext heading: what a Bullet can hold.
     */
    private boolean isTypedList(ListBlock list) {
      for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
        boolean seenList = false;
        // a bullet's nested items are one list, loose or tight: several nested lists (of other markers) are written
        // as one, with a blank line between them when loose, which makes a tight parent list loose
        Boolean nestedLoose = null;
        for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
          if (c instanceof ListBlock nested) {
            seenList = true;
            if (!isTypedList(nested) || nestedLoose != null
                && (nestedLoose != loose(nested) || nestedLoose && !loose(list))) {
              return false;
            }
            nestedLoose = loose(nested);
          } else if (seenList || isSetextHeading(c)) {
            return false;
          }
        }
      }
      return true;
    }

    /**
     * Whether a block is a setext heading ({@code text} then {@code ===}): in an item it is kept as written, as its
     * underline in the item's text would read as the lazy continuation line the model takes such a line for.
     */
    private static boolean isSetextHeading(Node c) {
      if (!(c instanceof org.commonmark.node.Heading)) {
        return false;
      }
      int[] range = lineRange(c, new int[] {Integer.MAX_VALUE, -1});
      return range[1] > range[0];
    }

    private boolean isEntryList(ListBlock list) {
      for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
        for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
          if (!(c instanceof org.commonmark.node.Paragraph)) {
            return false;
          }
        }
      }
      return true;
    }

    /** The file offset where the first item of {@code list} starts, or -1 when unknown. */
    private int itemStart(ListBlock list) {
      Node item = list.getFirstChild();
      if (item == null || item.getSourceSpans().isEmpty()) {
        return -1;
      }
      return lines.start(bodyLine) + item.getSourceSpans().get(0).getInputIndex();
    }

    /** Whether CommonMark renders the list loose (its items' text in paragraphs). */
    private boolean loose(ListBlock list) {
      return fast ? FastTrees.loose(list) : !list.isTight();
    }

    private List<Bullet> bullets(ListBlock list) {
      List<Bullet> out = new ArrayList<>();
      for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
        out.add(bullet((ListItem) item));
      }
      return out;
    }

    private Bullet bullet(ListItem item) {
      int[] own = new int[] {Integer.MAX_VALUE, -1};
      for (SourceSpan s : item.getSourceSpans()) {
        own[0] = Math.min(own[0], s.getLineIndex());
      }
      int lastText = -1;
      List<ListBlock> nested = new ArrayList<>();
      for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
        if (c instanceof ListBlock l) {
          nested.add(l);
        } else {
          lastText = Math.max(lastText, lineRange(c, new int[] {Integer.MAX_VALUE, -1})[1]);
        }
      }
      int first = own[0] + bodyLine;
      int last = lastText < 0 ? first : lastText + bodyLine;
      while (last > first && lines.isBlank(last)) {
        last--;
      }
      // an item may start on the line where its parent item starts ("- - a"): it begins after the parent
      int s = Math.max(lines.start(first), cursor.position());
      int e = lines.contentEnd(last);
      if (item.getLastChild() instanceof FencedCodeBlock fence
          && OpenFences.open(fence, i -> lines.line(i + bodyLine))) {
        e = endOverBlankLines(lines, last); // the blank lines after it are lines of its code
      }
      if (lastText < 0 && !nested.isEmpty()) {
        int childStart = itemStart(nested.get(0));
        if (childStart >= s && childStart <= e && lines.lineOf(childStart) == first) {
          e = childStart;
        }
      }
      String[] markerAndText = markerAndText(s, e, s - lines.start(first));
      Bullet value = new Bullet(markerAndText[0], markerAndText[1], List.of(), SourceInfo.NONE);
      SourceInfo info = cursor.leaf(s, e, value);
      List<Bullet> children = new ArrayList<>();
      boolean childrenLoose = false;
      for (ListBlock l : nested) {
        children.addAll(bullets(l));
        childrenLoose |= loose(l);
      }
      return new Bullet(markerAndText[0], markerAndText[1], children, childrenLoose, info);
    }

    /**
     * Marker and text of a list item whose own lines are {@code [s, e)}, {@code s} at {@code column} of its line.
     * Continuation lines lose the item's content column's indentation, as far as they have it: an item's text is
     * relative to its item, so that it keeps its meaning wherever the list is written.
     */
    private String[] markerAndText(int s, int e, int column) {
      String raw = normalize(text.substring(s, e));
      int i = 0;
      while (i < raw.length() && raw.charAt(i) == ' ') {
        i++;
      }
      int markerStart = i;
      while (i < raw.length() && Character.isDigit(raw.charAt(i))) {
        i++;
      }
      i++; // the bullet char, or '.' / ')' after digits
      int markerEnd = Math.min(i, raw.length());
      String marker = raw.substring(markerStart, markerEnd);
      // CommonMark: 1-4 spaces after the marker belong to it; with 5 or more, content starts after one space
      // (the rest is an indented code block inside the item)
      int spaces = 0;
      while (i + spaces < raw.length() && raw.charAt(i + spaces) == ' ') {
        spaces++;
      }
      boolean blankAfter = i + spaces >= raw.length() || raw.charAt(i + spaces) == '\n';
      i += spaces >= 5 && !blankAfter ? 1 : spaces;
      int nl = raw.indexOf('\n');
      if (nl < 0) {
        return new String[] {marker, raw.substring(Math.min(i, raw.length()))};
      }
      StringBuilder t = new StringBuilder(raw.length());
      t.append(raw, Math.min(i, nl), nl);
      // continuation lines keep their indentation past the content column: it decides whether a line is
      // paragraph text, a heading, a setext underline or a thematic break, so it is part of the text
      int content = column + (blankAfter ? markerEnd + 1 : i); // CommonMark's content column of the item
      for (int from = nl; from < raw.length(); ) {
        int next = raw.indexOf('\n', from + 1);
        int end = next < 0 ? raw.length() : next;
        int p = from + 1;
        while (p < end && p - from - 1 < content && raw.charAt(p) == ' ') {
          p++;
        }
        t.append('\n');
        if (p - from - 1 < content && p < end && MarkdownInline.mayOpenBlock(raw.substring(p, end))
            && !MarkdownInline.mayBeTableDelimiterRow(raw, p, end)) {
          // a lazy continuation line of the item's paragraph, left of its content column: at that column it could
          // open a block (a fence, a heading, a list); 4 spaces past it, it stays a line of the paragraph (a table's
          // delimiter row would make a table there too: the writer keeps it at column 1)
          t.append("    ");
        }
        t.append(raw, p, end);
        from = end;
      }
      return new String[] {marker, t.toString()};
    }

    private MoreList moreList(ListBlock list) {
      List<MoreEntry> entries = new ArrayList<>();
      for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
        int[] range = lineRange(item, new int[] {Integer.MAX_VALUE, -1});
        int last = range[1] + bodyLine;
        while (last > range[0] + bodyLine && lines.isBlank(last)) {
          last--;
        }
        int s = lines.start(range[0] + bodyLine);
        int e = lines.contentEnd(last);
        String[] mt = markerAndText(s, e, 0);
        MoreEntry value = MoreEntries.parse(mt[0], mt[1]);
        entries.add(new MoreEntry(value.marker(), value.form(), value.title(), value.url(), value.separator(),
            value.description(), cursor.leaf(s, e, value)));
      }
      return new MoreList(entries, loose(list));
    }

    // ------------------------------------------------------------ tables

    private Table table(Tok t) {
      List<List<String>> rows = new ArrayList<>();
      List<String> header = null;
      List<ColumnAlignment> alignments = new ArrayList<>();
      for (int line = t.first; line <= t.last; line++) {
        List<String> cells = Tables.cells(lines.line(line));
        if (line == t.first) {
          header = cells;
        } else if (line == t.first + 1) {
          for (String cell : cells) {
            alignments.add(ColumnAlignment.of(cell));
          }
        } else {
          rows.add(cells);
        }
      }
      if (header == null || header.isEmpty()) {
        return null;
      }
      while (alignments.size() < header.size()) {
        alignments.add(ColumnAlignment.NONE);
      }
      alignments = alignments.subList(0, header.size());
      Table value = new Table(header, rows, alignments, SourceInfo.NONE);
      return new Table(header, rows, alignments, cursor.leaf(t.start, t.end, value));
    }

    private String normalize(String raw) {
      return raw.indexOf('\r') < 0 ? raw : raw.replace("\r\n", "\n").replace('\r', '\n');
    }
  }
}
