package org.digestkit.validate.rules;

import org.digestkit.core.model.SourceInfo;
import org.digestkit.validate.Fix;
import org.digestkit.validate.Severity;
import org.digestkit.validate.internal.TextLandmarks;
import org.digestkit.validate.internal.TextLeaves;
import org.digestkit.validate.spi.RuleContext;

/**
 * {@code **bold**} runs that CommonMark will not render as bold because of its flanking rules: a closing
 * {@code **} after punctuation and directly before a letter ({@code （协同工程）**技术}), or an opening one after
 * a letter and before punctuation. Chinese text hits this often, as it has no spaces. Fix: a space on the
 * outer side of the offending delimiter.
 */
public final class BoldNotRenderedRule extends BaseRule {
  public BoldNotRenderedRule() {
    super("bold-not-rendered", Severity.WARNING, "**bold** runs are written so that CommonMark renders them bold");
  }

  @Override
  public void check(RuleContext ctx) {
    String text = ctx.text();
    TextLandmarks landmarks = ctx.shared(TextLandmarks.class, () -> TextLandmarks.of(text));
    int[] stars = landmarks.doubleStars();
    if (stars.length == 0) {
      return;
    }
    int[] codeOrEscapes = landmarks.codeOrEscapes();
    int code = 0; // the first code-or-escape landmark not before the current line
    // "**" of the whole text, in order, matched with the text leaves, in order: only those in a leaf's lines
    // count (not code, HTML or front matter)
    TextLeaves leaves = PostFacts.of(ctx).leaves();
    int leaf = -1;
    int next = 0;
    int leafEndLine = 0; // the last line of the current leaf, computed when a "**" line falls in it
    int lastLine = 0;
    for (int s = 0; s < stars.length; s++) {
      int line = ctx.position(stars[s])[0];
      if (line == lastLine) {
        continue;
      }
      lastLine = line;
      int before = leaf;
      for (; next < leaves.size() && leaves.source(next).line() <= line; next++) {
        if (leaves.kind(next) != TextLeaves.Kind.HEADING) {
          leaf = next;
        }
      }
      if (leaf < 0) {
        continue;
      }
      if (leaf != before || leafEndLine == 0) {
        SourceInfo src = leaves.source(leaf);
        leafEndLine = ctx.position(ctx.offset(src.line(), src.column()) + src.rawLength())[0];
      }
      if (line <= leafEndLine) {
        int from = ctx.offset(line, 1);
        int to = lineEnd(ctx, text, line, from);
        while (code < codeOrEscapes.length && codeOrEscapes[code] < from) {
          code++;
        }
        if (code < codeOrEscapes.length && codeOrEscapes[code] < to) {
          checkLine(ctx, line, text, from, to); // code spans or escapes: read the line
        } else {
          checkRuns(ctx, line, text, from, to, stars, s);
        }
      }
    }
  }

  /** The offset after line {@code line}'s last character (before its line break), the line starting at {@code from}. */
  private static int lineEnd(RuleContext ctx, String text, int line, int from) {
    int nextStart = ctx.offset(line + 1, 1); // 0 past the last line
    int end = nextStart == 0 ? text.length() : nextStart;
    while (end > from && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return end;
  }

  /**
   * {@link #checkLine} for a line without code spans or escapes, from the {@code **} landmarks alone (the first
   * of the line at {@code first}): its runs of exactly two stars pair up in order, without reading the line.
   */
  private static void checkRuns(RuleContext ctx, int line, String text, int from, int to, int[] stars, int first) {
    int open = -1;
    for (int s = first; s < stars.length && stars[s] < to; s++) {
      int at = stars[s];
      if (at > from && text.charAt(at - 1) == '*' || at + 2 < to && text.charAt(at + 2) == '*') {
        continue; // part of a longer run, which pairs with nothing
      }
      if (open < 0) {
        open = at;
      } else {
        check(ctx, line, text, from, to, open, at);
        open = -1;
      }
    }
  }

  /** Checks the {@code **} runs of one line, {@code text[from, to)}, in place. */
  private static void checkLine(RuleContext ctx, int line, String text, int from, int to) {
    int open = -1; // the author's intent: runs pair up in order, opener then closer
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (c == '`') {
        int close = text.indexOf('`', i + 1);
        i = close < 0 || close >= to ? to : close + 1;
        continue;
      }
      if (c == '\\') {
        i += 2;
        continue;
      }
      if (c == '*') {
        int j = i;
        while (j < to && text.charAt(j) == '*') {
          j++;
        }
        if (j - i == 2) {
          if (open < 0) {
            open = i;
          } else {
            check(ctx, line, text, from, to, open, i);
            open = -1;
          }
        }
        i = j;
        continue;
      }
      i++;
    }
  }

  private static void check(RuleContext ctx, int line, String text, int from, int to, int open, int close) {
    if (!leftFlanking(text, from, to, open)) {
      ctx.report(line, open - from + 1, "the opening ** is not left-flanking: CommonMark will show the asterisks",
          new Fix(line, open - from + 1, "**", " **"));
    } else if (!rightFlanking(text, from, to, close)) {
      ctx.report(line, close - from + 1, "the closing ** is not right-flanking: CommonMark will show the asterisks",
          new Fix(line, close - from + 1, "**", "** "));
    }
  }

  static boolean leftFlanking(String s, int from, int to, int at) {
    int next = at + 2 < to ? s.codePointAt(at + 2) : -1;
    int prev = at > from ? s.codePointBefore(at) : -1;
    if (next == -1 || Character.isWhitespace(next)) {
      return false;
    }
    return !isPunctuation(next) || prev == -1 || Character.isWhitespace(prev) || isPunctuation(prev);
  }

  static boolean rightFlanking(String s, int from, int to, int at) {
    int prev = at > from ? s.codePointBefore(at) : -1;
    int next = at + 2 < to ? s.codePointAt(at + 2) : -1;
    if (prev == -1 || Character.isWhitespace(prev)) {
      return false;
    }
    return !isPunctuation(prev) || next == -1 || Character.isWhitespace(next) || isPunctuation(next);
  }

  /** Unicode punctuation as CommonMark 0.31 defines it: general categories P and S. */
  static boolean isPunctuation(int cp) {
    switch (Character.getType(cp)) {
      case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
          Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
          Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> {
        return true;
      }
      default -> {
        return false;
      }
    }
  }
}
