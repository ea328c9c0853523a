package org.digestkit.core.internal;

import java.util.List;
import java.util.Optional;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Block;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * What a post body means to a reader: the HTML plain commonmark-java 0.32 with the GFM tables extension renders it
 * to — independently of digestkit's own parser and renderers — and where two bodies first render differently.
 * Blocks are compared one by one, descending into lists, items and quotes, so a difference is reported at the
 * innermost block that renders differently, with its line and column. Thread-safe.
 */
public final class Rendering {
  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
  private static final Parser PARSER =
      Parser.builder().extensions(EXTENSIONS).includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).build();
  private static final int SNIPPET = 80;

  private Rendering() {}

  /** The HTML of a body, as plain commonmark-java with GFM tables renders it. */
  public static String html(String body) {
    return RENDERER.render(PARSER.parse(body));
  }

  /**
   * Where {@code after} renders differently from {@code before}, or empty when they render the same. The bodies
   * are {@code before} from offset {@code beforeBody} (whose first line is line {@code beforeLine}, 1-based) and
   * likewise for {@code after}; the answer names line and column in {@code before}, then in {@code after}.
   */
  public static Optional<String> difference(String before, int beforeBody, int beforeLine, String after,
      int afterBody, int afterLine) {
    Node a = PARSER.parse(before.substring(beforeBody));
    Node b = PARSER.parse(after.substring(afterBody));
    Node[] first = firstDifference(a, b);
    if (first == null) {
      return Optional.empty();
    }
    String was = first[0] == null ? "nothing" : snippet(RENDERER.render(first[0]));
    String now = first[1] == null ? "nothing" : snippet(RENDERER.render(first[1]));
    return Optional.of(position(first[0], a, beforeLine) + ": renders as " + was + ", rewritten ("
        + position(first[1], b, afterLine) + ") as " + now);
  }

  /** The first pair of blocks (either may be null: missing) under {@code a} and {@code b} that render differently. */
  private static Node[] firstDifference(Node a, Node b) {
    Node x = a.getFirstChild();
    Node y = b.getFirstChild();
    while (x != null || y != null) {
      if (x == null || y == null) {
        return new Node[] {x, y};
      }
      if (!RENDERER.render(x).equals(RENDERER.render(y))) {
        if (x.getClass() == y.getClass() && isContainer(x) && sameOwnAttributes(x, y)) {
          Node[] inner = firstDifference(x, y);
          if (inner != null) {
            return inner;
          }
        }
        return new Node[] {x, y};
      }
      x = x.getNext();
      y = y.getNext();
    }
    return null;
  }

  private static boolean isContainer(Node n) {
    return n instanceof ListBlock || n instanceof ListItem || n instanceof BlockQuote;
  }

  /** Whether two containers of the same class render alike apart from their children (tightness, start number). */
  private static boolean sameOwnAttributes(Node x, Node y) {
    if (x instanceof ListBlock lx && y instanceof ListBlock ly) {
      return lx.isTight() == ly.isTight() && RENDERER.render(shallow(lx)).equals(RENDERER.render(shallow(ly)));
    }
    return true;
  }

  /** An empty copy of a list (its start number and kind kept), to compare what it renders to without items. */
  private static Node shallow(ListBlock list) {
    if (list instanceof org.commonmark.node.OrderedList ordered) {
      org.commonmark.node.OrderedList copy = new org.commonmark.node.OrderedList();
      copy.setMarkerStartNumber(ordered.getMarkerStartNumber());
      return copy;
    }
    return new org.commonmark.node.BulletList();
  }

  /** {@code line L, column C} of a block (or of the end of the body, for a missing one). */
  private static String position(Node n, Node document, int firstLine) {
    if (n == null) {
      Node last = document.getLastChild();
      int line = last == null ? 0 : lastLine(last);
      return "after line " + (firstLine + line);
    }
    List<SourceSpan> spans = n.getSourceSpans();
    if (spans.isEmpty() && n instanceof Block && n.getFirstChild() != null) {
      return position(n.getFirstChild(), document, firstLine);
    }
    if (spans.isEmpty()) {
      return "line " + firstLine;
    }
    SourceSpan s = spans.get(0);
    return "line " + (firstLine + s.getLineIndex()) + ", column " + (s.getColumnIndex() + 1);
  }

  private static int lastLine(Node n) {
    List<SourceSpan> spans = n.getSourceSpans();
    return spans.isEmpty() ? 0 : spans.get(spans.size() - 1).getLineIndex();
  }

  private static String snippet(String html) {
    String oneLine = html.strip().replace("\n", "\\n");
    return oneLine.length() <= SNIPPET ? oneLine : oneLine.substring(0, SNIPPET) + "…";
  }
}
