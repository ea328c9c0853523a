package org.digestkit.core.markdown;

import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

/** A commonmark-java tree as text, one node a line, for differential tests of the fast parsers. */
public final class TreeDump {
  private TreeDump() {}

  /** Every node with what distinguishes it. */
  public static String dump(Node root) {
    StringBuilder out = new StringBuilder();
    dump(root, 0, out);
    return out.toString();
  }

  private static void dump(Node n, int depth, StringBuilder out) {
    out.append("  ".repeat(depth)).append(n.getClass().getSimpleName());
    if (n instanceof Text t) {
      out.append(" [").append(t.getLiteral()).append(']');
    } else if (n instanceof Code c) {
      out.append(" [").append(c.getLiteral()).append(']');
    } else if (n instanceof HtmlInline h) {
      out.append(" [").append(h.getLiteral()).append(']');
    } else if (n instanceof HtmlBlock h) {
      out.append(" [").append(h.getLiteral()).append(']');
    } else if (n instanceof ThematicBreak t) {
      out.append(" [").append(t.getLiteral()).append(']');
    } else if (n instanceof Link l) {
      out.append(' ').append(l.getDestination()).append(' ').append(l.getTitle());
    } else if (n instanceof Image i) {
      out.append(' ').append(i.getDestination()).append(' ').append(i.getTitle());
    } else if (n instanceof Heading h) {
      out.append(" h").append(h.getLevel());
    } else if (n instanceof TableCell c) {
      out.append(' ').append(c.getAlignment()).append(c.isHeader() ? " header" : "");
    }
    if (n instanceof ListBlock l) {
      out.append(" tight=").append(l.isTight());
    }
    if (n instanceof BulletList b) {
      out.append(" marker=").append(b.getMarker());
    } else if (n instanceof OrderedList o) {
      out.append(" start=").append(o.getMarkerStartNumber()).append(" delimiter=").append(o.getMarkerDelimiter());
    }
    out.append('\n');
    for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
      dump(c, depth + 1, out);
    }
  }

}
