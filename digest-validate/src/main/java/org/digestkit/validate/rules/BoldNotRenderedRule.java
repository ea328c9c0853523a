package org.digestkit.validate.rules;

import java.util.ArrayList;
import java.util.List;
import org.digestkit.core.model.SourceInfo;
import org.digestkit.validate.Fix;
import org.digestkit.validate.Severity;
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
    int at = text.indexOf("**");
    if (at < 0) {
      return;
    }
    // "**" found in the whole text, in order, and matched with the text leaves, in order: only those in a
    // leaf's lines count (not code, HTML or front matter)
    TextLeaves leaves = PostFacts.of(ctx).leaves();
    int leaf = -1;
    int next = 0;
    int leafEndLine = 0; // the last line of the current leaf, computed when a "**" line falls in it
    int lastLine = 0;
    for (; at >= 0; at = text.indexOf("**", at + 2)) {
      int line = ctx.position(at)[0];
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
        checkLine(ctx, line, ctx.line(line));
      }
    }
  }

  private static void checkLine(RuleContext ctx, int line, String s) {
    List<int[]> runs = new ArrayList<>(); // {start, length}
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '`') {
        int close = s.indexOf('`', i + 1);
        i = close < 0 ? s.length() : close + 1;
        continue;
      }
      if (c == '\\') {
        i += 2;
        continue;
      }
      if (c == '*') {
        int j = i;
        while (j < s.length() && s.charAt(j) == '*') {
          j++;
        }
        if (j - i == 2) {
          runs.add(new int[] {i, 2});
        }
        i = j;
        continue;
      }
      i++;
    }
    // the author's intent: runs pair up in order, opener then closer
    for (int r = 0; r + 1 < runs.size(); r += 2) {
      int open = runs.get(r)[0];
      int close = runs.get(r + 1)[0];
      if (!leftFlanking(s, open)) {
        ctx.report(line, open + 1, "the opening ** is not left-flanking: CommonMark will show the asterisks",
            new Fix(line, open + 1, "**", " **"));
      } else if (!rightFlanking(s, close)) {
        ctx.report(line, close + 1, "the closing ** is not right-flanking: CommonMark will show the asterisks",
            new Fix(line, close + 1, "**", "** "));
      }
    }
  }

  static boolean leftFlanking(String s, int at) {
    int next = at + 2 < s.length() ? s.codePointAt(at + 2) : -1;
    int prev = at > 0 ? s.codePointBefore(at) : -1;
    if (next == -1 || Character.isWhitespace(next)) {
      return false;
    }
    return !isPunctuation(next) || prev == -1 || Character.isWhitespace(prev) || isPunctuation(prev);
  }

  static boolean rightFlanking(String s, int at) {
    int prev = at > 0 ? s.codePointBefore(at) : -1;
    int next = at + 2 < s.length() ? s.codePointAt(at + 2) : -1;
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
