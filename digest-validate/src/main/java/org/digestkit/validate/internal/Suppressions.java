package org.digestkit.validate.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Inline suppression comments, as in markdownlint: {@code <!-- digestkit-disable rule-id … -->} up to
 * {@code <!-- digestkit-enable rule-id … -->} (no ids: every rule), {@code <!-- digestkit-disable-next-line … -->}
 * and {@code <!-- digestkit-disable-line … -->}.
 *
 * <p>Only real HTML comments count: those of HTML blocks, and those of paragraphs and headings outside code
 * spans. A comment in a code block, a code span or the front matter is text and suppresses nothing. The blocks
 * come from commonmark-java's block parser (source spans, no inline parsing); within a paragraph a linear scan
 * tells code spans, backslash escapes and comments apart, as CommonMark's inline rules do (they take precedence
 * over emphasis and links, so nothing else can hide them). Reading and lookups take linear and logarithmic time
 * whatever the comments hold.
 */
public final class Suppressions {
  private static final String PREFIX = "digestkit-";
  private static final Parser BLOCKS = Parser.builder()
      .includeSourceSpans(IncludeSourceSpans.BLOCKS)
      .inlineParserFactory(context -> (lines, block) -> { })
      .maxOpenBlockParsers(64)
      .build();
  private static final Suppressions NONE = new Suppressions(List.of());

  /** What a comment does. */
  private enum Kind {
    DISABLE_NEXT_LINE("disable-next-line"), DISABLE_LINE("disable-line"), DISABLE("disable"), ENABLE("enable");

    final String word;

    Kind(String word) {
      this.word = word;
    }
  }

  /**
   * One suppression comment: its lines (1-based, first and last), what it does and to which rules (empty: all).
   */
  private record Event(int line, int endLine, Kind kind, Set<String> rules) {}

  /** Lines on which findings are suppressed, for every rule ({@code null} key) or for named rules. */
  private final Map<Integer, Set<String>> lineRules = new HashMap<>();
  private final Set<Integer> lineAll = new HashSet<>();
  /** The disable/enable comments naming rules, per rule, and those for all rules, in document order. */
  private final Map<String, Switches> switchesByRule = new HashMap<>();
  private final Switches switchesForAll = new Switches();
  private final boolean empty;

  private Suppressions(List<Event> events) {
    this.empty = events.isEmpty();
    int order = 0;
    for (Event e : events) {
      order++;
      switch (e.kind) {
        case DISABLE_LINE, DISABLE_NEXT_LINE -> {
          int line = e.kind == Kind.DISABLE_LINE ? e.line : e.endLine + 1;
          if (e.rules.isEmpty()) {
            lineAll.add(line);
          } else {
            lineRules.computeIfAbsent(line, l -> new HashSet<>()).addAll(e.rules);
          }
        }
        case DISABLE, ENABLE -> {
          boolean disabled = e.kind == Kind.DISABLE;
          if (e.rules.isEmpty()) {
            switchesForAll.add(e.line, order, disabled);
          } else {
            for (String rule : e.rules) {
              switchesByRule.computeIfAbsent(rule, r -> new Switches()).add(e.line, order, disabled);
            }
          }
        }
      }
    }
  }

  /** The suppression comments of a post's text (body only when the text has front matter). */
  public static Suppressions of(String text) {
    return of(text, TextLandmarks.of(text), 0);
  }

  /**
   * The suppression comments of {@code text}, whose body (what follows the front matter) starts at
   * {@code bodyStart}. The {@code <!--} landmarks say whether there is anything to read: most posts have no
   * {@code digestkit-} comment and are not parsed again.
   */
  public static Suppressions of(String text, TextLandmarks landmarks, int bodyStart) {
    Set<Integer> candidates = new HashSet<>();
    for (int at : landmarks.commentOpenings()) {
      if (at >= bodyStart && text.startsWith(PREFIX, skipSpaces(text, at + 4, text.length()))) {
        candidates.add(at);
      }
    }
    if (candidates.isEmpty()) {
      return NONE;
    }
    List<Event> events = new ArrayList<>();
    Node document = BLOCKS.parse(text.substring(bodyStart));
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(Paragraph paragraph) {
        read(paragraph, false);
      }

      @Override
      public void visit(Heading heading) {
        read(heading, false);
      }

      @Override
      public void visit(HtmlBlock html) {
        read(html, true);
      }

      private void read(Node block, boolean html) {
        Segments segments = new Segments(text, bodyStart, block.getSourceSpans());
        for (int at : Comments.of(segments.text, html)) {
          int offset = segments.offset(at);
          if (candidates.contains(offset)) {
            Event e = event(text, offset, landmarks.lineStarts());
            if (e != null) {
              events.add(e);
            }
          }
        }
      }
    });
    return events.isEmpty() ? NONE : new Suppressions(events);
  }

  /** The event of the suppression comment at {@code at}, or null when it is some other comment. */
  private static Event event(String text, int at, int[] lineStarts) {
    int i = skipSpaces(text, at + 4, text.length());
    i += PREFIX.length();
    Kind kind = null;
    for (Kind k : Kind.values()) { // longest words first: disable-next-line before disable
      if (text.startsWith(k.word, i)) {
        kind = k;
        break;
      }
    }
    if (kind == null) {
      return null;
    }
    i += kind.word.length();
    Set<String> rules = new HashSet<>();
    while (true) {
      int afterSpace = skipSpaces(text, i, text.length());
      if (text.startsWith("-->", afterSpace)) {
        i = afterSpace + 3;
        break;
      }
      if (afterSpace == i) {
        return null; // a word glued to the kind or to the previous id
      }
      int end = afterSpace;
      while (end < text.length() && isIdChar(text.charAt(end)) && !text.startsWith("-->", end)) {
        end++;
      }
      if (end == afterSpace) {
        return null;
      }
      rules.add(text.substring(afterSpace, end));
      i = end;
    }
    return new Event(lineOf(lineStarts, at), lineOf(lineStarts, i - 1), kind, rules);
  }

  private static boolean isIdChar(char c) {
    return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-';
  }

  private static int lineOf(int[] lineStarts, int offset) {
    int line = Arrays.binarySearch(lineStarts, offset);
    return (line >= 0 ? line : -line - 2) + 1;
  }

  private static int skipSpaces(String text, int at, int end) {
    while (at < end && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
    return at;
  }

  /** Whether a finding of {@code rule} on {@code line} is suppressed. */
  public boolean suppresses(String rule, int line) {
    if (empty) {
      return false;
    }
    if (lineAll.contains(line)) {
      return true;
    }
    Set<String> onLine = lineRules.get(line);
    if (onLine != null && onLine.contains(rule)) {
      return true;
    }
    Switches own = switchesByRule.get(rule);
    long mine = own == null ? -1 : own.lastAtOrBefore(line);
    long all = switchesForAll.lastAtOrBefore(line);
    long last = Math.max(mine, all); // the later comment in the document decides
    return last >= 0 && (last & 1) == 1;
  }

  /** {@return whether the post has no suppression comment} */
  public boolean isEmpty() {
    return empty;
  }

  /** Disable/enable comments in document order: their lines, order numbers and states. */
  private static final class Switches {
    private int[] lines = new int[4];
    private int[] orders = new int[4];
    private boolean[] disabled = new boolean[4];
    private int size;

    void add(int line, int order, boolean disable) {
      if (size == lines.length) {
        lines = Arrays.copyOf(lines, size * 2);
        orders = Arrays.copyOf(orders, size * 2);
        disabled = Arrays.copyOf(disabled, size * 2);
      }
      lines[size] = line;
      orders[size] = order;
      disabled[size] = disable;
      size++;
    }

    /**
     * The last comment on or before {@code line} as {@code order * 2 + (disabled ? 1 : 0)}, or -1: lines are in
     * document order, so a binary search finds it.
     */
    long lastAtOrBefore(int line) {
      int lo = 0;
      int hi = size; // first index with lines[i] > line
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (lines[mid] <= line) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo == 0 ? -1 : orders[lo - 1] * 2L + (disabled[lo - 1] ? 1 : 0);
    }
  }

  /** A block's source spans joined by line breaks, with the map back to offsets in the post. */
  private static final class Segments {
    final String text;
    private final int[] starts; // offset in text of each span
    private final int[] inputs; // offset in the post of each span

    Segments(String post, int bodyStart, List<SourceSpan> spans) {
      StringBuilder b = new StringBuilder();
      starts = new int[spans.size()];
      inputs = new int[spans.size()];
      for (int i = 0; i < spans.size(); i++) {
        SourceSpan s = spans.get(i);
        if (i > 0) {
          b.append('\n');
        }
        starts[i] = b.length();
        inputs[i] = bodyStart + s.getInputIndex();
        b.append(post, inputs[i], inputs[i] + s.getLength());
      }
      text = b.toString();
    }

    int offset(int at) {
      int i = Arrays.binarySearch(starts, at);
      i = i >= 0 ? i : -i - 2;
      return inputs[i] + at - starts[i];
    }
  }

  /**
   * The offsets of the HTML comments in a block's text, in one left-to-right pass: outside HTML blocks, code
   * spans and backslash escapes come first, as CommonMark's inline rules have it.
   */
  static final class Comments {
    private Comments() {}

    static List<Integer> of(String s, boolean html) {
      List<Integer> out = new ArrayList<>();
      BacktickRuns runs = html ? null : new BacktickRuns(s);
      int nextClose = -2; // offset of the next "-->" at or after the last search, -1 when there is none
      int i = 0;
      while (i < s.length()) {
        char c = s.charAt(i);
        if (!html && c == '\\' && i + 1 < s.length() && isAsciiPunctuation(s.charAt(i + 1))) {
          i += 2;
        } else if (!html && c == '`') {
          int length = runs.lengthAt(i);
          int closer = runs.closer(i + length, length);
          i = closer < 0 ? i + length : closer + length;
        } else if (c == '<' && s.startsWith("<!--", i)) {
          int end;
          if (s.startsWith("<!-->", i)) {
            end = i + 5;
          } else if (s.startsWith("<!--->", i)) {
            end = i + 6;
          } else {
            if (nextClose != -1 && nextClose < i + 4) {
              nextClose = s.indexOf("-->", i + 4);
            }
            end = nextClose < 0 ? -1 : nextClose + 3;
          }
          if (end < 0) {
            i += 4; // not closed: literal text
          } else {
            out.add(i);
            i = end;
          }
        } else {
          i++;
        }
      }
      return out;
    }

    private static boolean isAsciiPunctuation(char c) {
      return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
    }
  }

  /**
   * The backtick runs of a text, to find a code span's closer (the next run of the same length) in amortised
   * constant time: queries come in increasing offsets, so each length's queue only ever moves forward.
   */
  private static final class BacktickRuns {
    private final String s;
    private final Map<Integer, ArrayDeque<Integer>> startsByLength = new HashMap<>();

    BacktickRuns(String s) {
      this.s = s;
      for (int i = 0; i < s.length(); ) {
        if (s.charAt(i) != '`') {
          i++;
          continue;
        }
        int start = i;
        while (i < s.length() && s.charAt(i) == '`') {
          i++;
        }
        startsByLength.computeIfAbsent(i - start, l -> new ArrayDeque<>()).add(start);
      }
    }

    /** The backticks from {@code at} on (the rest of a run when one of it was escaped). */
    int lengthAt(int at) {
      int end = at;
      while (end < s.length() && s.charAt(end) == '`') {
        end++;
      }
      return end - at;
    }

    /** The start of the first run of exactly {@code length} backticks at or after {@code from}, or -1. */
    int closer(int from, int length) {
      ArrayDeque<Integer> queue = startsByLength.get(length);
      if (queue == null) {
        return -1;
      }
      while (!queue.isEmpty() && queue.peekFirst() < from) {
        queue.pollFirst();
      }
      return queue.isEmpty() ? -1 : queue.peekFirst();
    }
  }
}
