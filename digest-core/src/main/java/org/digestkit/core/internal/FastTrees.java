package org.digestkit.core.internal;

import java.util.ArrayList;
import java.util.List;
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
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;
import org.jspecify.annotations.Nullable;

/**
 * The whole commonmark-java tree of a body that {@link FastBlocks} reads — inline nodes included — for renderers:
 * the block tree FastBlocks builds, completed with what FastBlocks does not need for digest structure: each
 * paragraph's and heading's content parsed by an {@link InlineParser} (CommonMark takes a paragraph's lines from
 * their first non-space character and a heading's text between its opening and closing {@code #} runs), list
 * markers, start numbers and tightness (a list is loose when a blank line separates two of its items or two
 * blocks of one item), HTML block and thematic break literals. Bodies with a table are left to the caller
 * (their cells need the tables extension's own reading). {@code FastTreesTest} and {@code FastTreesFuzzTest}
 * hold the result equal to commonmark-java's parse (which has no source spans), list items' indents aside.
 */
public final class FastTrees {
  private FastTrees() {}

  /** The full tree of {@code text}, or null when FastBlocks does not read it or it holds a table. */
  public static @Nullable Document parse(String text, InlineParser inlines) {
    Document document = FastBlocks.parse(text, Integer.MAX_VALUE);
    if (document == null || hasTable(document)) {
      return null;
    }
    complete(document, text, inlines);
    clearSpans(document); // they served to complete the tree; commonmark-java's default parse has none
    return document;
  }

  private static boolean hasTable(Document document) {
    for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof TableBlock) {
        return true; // FastBlocks reads tables at the top level only
      }
    }
    return false;
  }

  private static void complete(Node parent, String text, InlineParser inlines) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Paragraph) {
        List<SourceSpan> spans = n.getSourceSpans();
        List<SourceLine> lines = new ArrayList<>(spans.size());
        for (SourceSpan s : spans) {
          int start = s.getInputIndex();
          int end = start + s.getLength();
          while (start < end && text.charAt(start) == ' ') {
            start++;
          }
          lines.add(SourceLine.of(text.substring(start, end), null));
        }
        inlines.parse(SourceLines.of(lines), n);
      } else if (n instanceof Heading) {
        SourceSpan s = n.getSourceSpans().get(0);
        String content = atxContent(text, s.getInputIndex(), s.getInputIndex() + s.getLength());
        inlines.parse(content.isEmpty() ? SourceLines.empty() : SourceLines.of(SourceLine.of(content, null)), n);
      } else if (n instanceof ListBlock list) {
        list(list, text);
        complete(list, text, inlines);
      } else if (n instanceof ListItem) {
        complete(n, text, inlines);
      } else if (n instanceof HtmlBlock html) {
        StringBuilder literal = new StringBuilder();
        for (SourceSpan s : html.getSourceSpans()) {
          if (literal.length() > 0) {
            literal.append('\n');
          }
          literal.append(text, s.getInputIndex(), s.getInputIndex() + s.getLength());
        }
        html.setLiteral(literal.toString());
      } else if (n instanceof ThematicBreak hr) {
        SourceSpan s = hr.getSourceSpans().get(0);
        hr.setLiteral(text.substring(s.getInputIndex(), s.getInputIndex() + s.getLength())); // indentation kept
      }
    }
  }

  private static void clearSpans(Node node) {
    node.setSourceSpans(List.of());
    for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
      if (c instanceof org.commonmark.node.Block) {
        clearSpans(c);
      }
    }
  }

  /** The list's marker (or start number and delimiter) from its first item, and its tightness. */
  private static void list(ListBlock list, String text) {
    SourceSpan first = list.getFirstChild().getSourceSpans().get(0);
    int at = first.getInputIndex();
    while (text.charAt(at) == ' ') {
      at++;
    }
    if (list instanceof BulletList bullets) {
      bullets.setMarker(String.valueOf(text.charAt(at)));
    } else if (list instanceof OrderedList ordered) {
      int p = at;
      while (text.charAt(p) >= '0' && text.charAt(p) <= '9') {
        p++;
      }
      ordered.setMarkerStartNumber(Integer.parseInt(text, at, p, 10));
      ordered.setMarkerDelimiter(String.valueOf(text.charAt(p)));
    }
    list.setTight(!loose(list));
  }

  /**
   * Whether a list FastBlocks read is loose: a blank line separates two of its items or two blocks of one item.
   * (FastBlocks leaves {@link ListBlock#isTight()} unset.)
   */
  static boolean loose(ListBlock list) {
    if (separated(list)) {
      return true;
    }
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      if (separated(item)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a blank line separates two consecutive children of {@code parent} (lines between are blank). */
  private static boolean separated(Node parent) {
    Node previous = null;
    for (Node c = parent.getFirstChild(); c != null; c = c.getNext()) {
      if (previous != null && firstLine(c) > lastLine(previous) + 1) {
        return true;
      }
      previous = c;
    }
    return false;
  }

  private static int firstLine(Node n) {
    return n.getSourceSpans().get(0).getLineIndex();
  }

  private static int lastLine(Node n) {
    List<SourceSpan> spans = n.getSourceSpans();
    return spans.get(spans.size() - 1).getLineIndex();
  }

  /**
   * The content of an ATX heading whose line is {@code text[start, end)} (from its first {@code #}), as
   * commonmark-java's heading parser takes it: after the opening run and its white space, without a closing
   * run of {@code #} that follows white space, without trailing white space.
   */
  static String atxContent(String text, int start, int end) {
    int p = start;
    while (p < end && text.charAt(p) == ' ') {
      p++;
    }
    while (p < end && text.charAt(p) == '#') {
      p++;
    }
    while (p < end && text.charAt(p) == ' ') {
      p++;
    }
    int contentStart = p;
    int contentEnd = p;
    boolean hashCanEnd = true;
    while (p < end) {
      char c = text.charAt(p);
      if (c == '#') {
        if (hashCanEnd) {
          while (p < end && text.charAt(p) == '#') {
            p++;
          }
          int spaces = p;
          while (p < end && text.charAt(p) == ' ') {
            p++;
          }
          if (p < end) {
            contentEnd = p;
          }
          hashCanEnd = p > spaces;
        } else {
          p++;
          contentEnd = p;
        }
      } else if (c == ' ') {
        hashCanEnd = true;
        p++;
      } else {
        hashCanEnd = false;
        p++;
        contentEnd = p;
      }
    }
    return text.substring(contentStart, contentEnd);
  }
}
