package org.digestkit.core.internal;

import java.util.List;
import java.util.function.IntFunction;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Blocks that end inside a code fence they open and do not close, directly or in the last item of a list: the
 * blank lines after such a block are lines of its code (a blank line continues a list item, and an open fence
 * takes every line of its item, or runs to the end of the post), so they belong to the block, and a block after
 * it follows without a blank line. Thread-safe.
 */
public final class OpenFences {
  private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

  private OpenFences() {}

  /** Whether {@code markdown}, read alone, ends inside a fence it leaves open (see the class). */
  public static boolean endsOpen(String markdown) {
    if (!markdown.contains("```") && !markdown.contains("~~~")) {
      return false;
    }
    Node last = PARSER.parse(markdown).getLastChild();
    Lines lines = new Lines(markdown);
    return last != null && endsOpen(last, lines::line);
  }

  /**
   * Whether block {@code n} ends inside a fence it leaves open: it is such a fence, or a list whose last item
   * ends in one; {@code line} gives the text of a line by the index its source spans use.
   */
  static boolean endsOpen(Node n, IntFunction<String> line) {
    Node c = n;
    while ((c instanceof ListBlock || c instanceof ListItem) && c.getLastChild() != null) {
      c = c.getLastChild();
    }
    return c instanceof FencedCodeBlock f && open(f, line);
  }

  /**
   * Whether a fenced code block has no closing fence: its last line (by its source spans, which a blank line does
   * not have) is not one, that is up to 3 spaces, at least as many of the opening fence's character, and white
   * space only.
   */
  static boolean open(FencedCodeBlock f, IntFunction<String> line) {
    List<SourceSpan> spans = f.getSourceSpans();
    if (spans.size() < 2) {
      return true; // the opening line alone
    }
    String opening = spanText(spans.get(0), line).stripLeading();
    char fence = opening.charAt(0);
    int length = run(opening, 0, fence);
    String last = spanText(spans.get(spans.size() - 1), line);
    int indent = run(last, 0, ' ');
    if (indent > 3) {
      return true;
    }
    int closing = run(last, indent, fence);
    return closing < length || !last.substring(indent + closing).isBlank();
  }

  private static String spanText(SourceSpan span, IntFunction<String> line) {
    String text = line.apply(span.getLineIndex());
    int from = Math.min(span.getColumnIndex(), text.length());
    return text.substring(from, Math.min(text.length(), from + span.getLength()));
  }

  private static int run(String s, int from, char c) {
    int i = from;
    while (i < s.length() && s.charAt(i) == c) {
      i++;
    }
    return i - from;
  }
}
