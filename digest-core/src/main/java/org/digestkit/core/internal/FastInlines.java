package org.digestkit.core.internal;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.internal.InlineParserImpl;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.InlineParserFactory;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;
import org.commonmark.text.Characters;

/**
 * commonmark-java's inline parser with a shortcut for the inline syntax digests are written in: text, inline
 * links {@code [text](url)} with plain text and a plain destination, and {@code **strong**} runs that pair up in
 * order on one line. For such a block (most paragraphs, headings and cells of a digest) it builds the nodes
 * commonmark-java's {@code InlineParserImpl} builds — same flanking rules (through commonmark-java's own
 * {@link Characters}), trailing spaces trimmed, a hard break after two or more, its text nodes merged — without
 * setting up that parser's machinery for every block. Anything else (emphasis with {@code _} or one {@code *},
 * code spans, escapes, entities, HTML, autolinks, images, reference links, titles, runs that do not pair simply)
 * and any block parsed with source spans goes to {@code InlineParserImpl} itself, an internal class of
 * commonmark-java 0.32 created once per document when first needed. {@code FastInlinesTest} and
 * {@code FastInlinesFuzzTest} hold the two trees equal. Not thread-safe: one instance per document, as
 * commonmark-java creates it.
 */
public final class FastInlines implements InlineParser {
  /** Use with {@code Parser.builder().inlineParserFactory(FastInlines.FACTORY)}. */
  public static final InlineParserFactory FACTORY = FastInlines::new;

  /** Stands in the node list for a {@code **} run until the runs are paired. */
  private static final Node RUN = new Text("**");

  private final InlineParserContext context;
  private InlineParser full;
  private final List<Node> nodes = new ArrayList<>();
  /** Per {@code **} run: its line, and whether it can open and close (as bits 1 and 2). */
  private final List<int[]> runs = new ArrayList<>();

  private FastInlines(InlineParserContext context) {
    this.context = context;
  }

  @Override
  public void parse(SourceLines lines, Node block) {
    if (lines.getSourceSpans().isEmpty() && read(lines.getLines())) {
      emit(block);
      return;
    }
    if (full == null) {
      full = new InlineParserImpl(context);
    }
    full.parse(lines, block);
  }

  /** Reads the lines into {@link #nodes} and {@link #runs}; false when they leave the subset. */
  private boolean read(List<SourceLine> lines) {
    nodes.clear();
    runs.clear();
    if (lines.isEmpty()) {
      return false;
    }
    int last = lines.size() - 1;
    int trailingSpaces = 0; // spaces at the end of the previous line, when text ended it
    for (int i = 0; i <= last; i++) {
      String line = lines.get(i).getContent().toString();
      int n = line.length();
      if (n == 0 || line.charAt(0) == ' ' || line.charAt(0) == '\t') {
        return false;
      }
      if (i > 0) {
        nodes.add(trailingSpaces >= 2 ? new HardLineBreak() : new SoftLineBreak());
      }
      trailingSpaces = 0;
      int textStart = 0;
      int p = 0;
      while (p < n) {
        char c = line.charAt(p);
        switch (c) {
          case '*' -> {
            if (p + 1 >= n || line.charAt(p + 1) != '*' || p + 2 < n && line.charAt(p + 2) == '*') {
              return false;
            }
            text(line, textStart, p);
            runs.add(new int[] {i, flanking(line, p, i == 0, i == last), nodes.size()});
            nodes.add(RUN);
            p += 2;
            textStart = p;
            continue;
          }
          case '[' -> {
            text(line, textStart, p);
            int end = link(line, p);
            if (end < 0) {
              return false;
            }
            p = end;
            textStart = p;
            continue;
          }
          case '!' -> {
            if (p + 1 < n && line.charAt(p + 1) == '[') {
              return false; // an image
            }
          }
          case '&' -> {
            if (mayBeEntity(line, p)) {
              return false;
            }
          }
          case '_', '\\', '`', '<', ']', '\n', '\r' -> {
            return false;
          }
          default -> { }
        }
        p++;
      }
      // the text that ends the line: trailing spaces go (on the last line tabs too) and count for a hard break
      if (textStart < n) {
        int end = n;
        if (i == last) {
          while (end > textStart && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t')) {
            end--;
          }
        } else {
          while (end > textStart && line.charAt(end - 1) == ' ') {
            end--;
          }
          trailingSpaces = n - end;
        }
        if (end == textStart) {
          return false; // commonmark-java would keep an empty text node here
        }
        nodes.add(new Text(line.substring(textStart, end)));
      }
    }
    // runs pair in order: each even one opens, the next one closes, on the same line
    if (runs.size() % 2 != 0) {
      return false;
    }
    for (int k = 0; k < runs.size(); k += 2) {
      int[] opener = runs.get(k);
      int[] closer = runs.get(k + 1);
      if ((opener[1] & 1) == 0 || (closer[1] & 2) == 0 || opener[0] != closer[0]) {
        return false;
      }
    }
    return true;
  }

  private void emit(Node block) {
    Node parent = block;
    for (Node node : nodes) {
      if (node == RUN) {
        if (parent == block) {
          StrongEmphasis strong = new StrongEmphasis("**");
          block.appendChild(strong);
          parent = strong;
        } else {
          parent = block;
        }
      } else {
        parent.appendChild(node);
      }
    }
    nodes.clear();
  }

  private void text(String line, int start, int end) {
    if (end > start) {
      nodes.add(new Text(line.substring(start, end)));
    }
  }

  /**
   * The end of an inline link {@code [text](destination)} at {@code at} whose text holds no inline syntax and
   * whose destination is plain (no space, C0 or C1 control, parenthesis, angle bracket, backslash or
   * reference); -1 when what starts there is anything else. The link goes into {@link #nodes}.
   */
  private int link(String line, int at) {
    int n = line.length();
    int q = at + 1;
    for (; q < n; q++) {
      char c = line.charAt(q);
      if (c == ']') {
        break;
      }
      if (c == '*' || c == '_' || c == '\\' || c == '`' || c == '<' || c == '[' || c == '!' && q + 1 < n
          && line.charAt(q + 1) == '[' || c == '&' && mayBeEntity(line, q)) {
        return -1;
      }
    }
    if (q >= n || q == at + 1 || q + 1 >= n || line.charAt(q + 1) != '(') {
      return -1;
    }
    int start = q + 2;
    int d = start;
    for (; d < n; d++) {
      char c = line.charAt(d);
      if (c == ')') {
        break;
      }
      // a space or any ISO control character (C1 included) ends a destination in commonmark-java
      if (c == ' ' || Character.isISOControl(c) || c == '(' || c == '<' || c == '\\'
          || c == '&' && mayBeEntity(line, d)) {
        return -1;
      }
    }
    if (d >= n || d == start) {
      return -1;
    }
    Link link = new Link(line.substring(start, d), null);
    link.appendChild(new Text(line.substring(at + 1, q)));
    nodes.add(link);
    return d + 1;
  }

  /** Whether an {@code &} could start a character reference (then commonmark-java's parser decides). */
  private static boolean mayBeEntity(String line, int at) {
    if (at + 1 >= line.length()) {
      return false;
    }
    char c = line.charAt(at + 1);
    return c == '#' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  /**
   * Whether a {@code **} run at {@code at} can open (bit 1) and close (bit 2) emphasis, by CommonMark's flanking
   * rules as commonmark-java applies them: the start and end of the block count as white space and punctuation,
   * a line break as white space.
   */
  private static int flanking(String line, int at, boolean firstLine, boolean lastLine) {
    int before = at > 0 ? line.codePointBefore(at) : firstLine ? -1 : '\n';
    int after = at + 2 < line.length() ? line.codePointAt(at + 2) : lastLine ? -1 : '\n';
    boolean beforeIsPunctuation = before == -1 || Characters.isPunctuationCodePoint(before);
    boolean beforeIsWhitespace = before == -1 || Characters.isWhitespaceCodePoint(before);
    boolean afterIsPunctuation = after == -1 || Characters.isPunctuationCodePoint(after);
    boolean afterIsWhitespace = after == -1 || Characters.isWhitespaceCodePoint(after);
    boolean leftFlanking = !afterIsWhitespace && (!afterIsPunctuation || beforeIsWhitespace || beforeIsPunctuation);
    boolean rightFlanking = !beforeIsWhitespace && (!beforeIsPunctuation || afterIsWhitespace || afterIsPunctuation);
    return (leftFlanking ? 1 : 0) | (rightFlanking ? 2 : 0);
  }
}
