package org.digestkit.validate.rules;

import org.digestkit.validate.Severity;
import org.digestkit.validate.spi.RuleContext;

/**
 * No invisible bidirectional controls (U+202A–U+202E, U+2066–U+2069, which can make text read differently from
 * how it is stored) or zero-width characters (U+200B–U+200D, U+2060, U+FEFF inside the text).
 */
public final class BidiControlRule extends BaseRule {
  private static final int MAX_PER_POST = 20;

  public BidiControlRule() {
    super("bidi-control", Severity.ERROR, "no invisible bidirectional or zero-width characters");
  }

  @Override
  public boolean appliesToAllPosts() {
    return true;
  }

  @Override
  public void check(RuleContext ctx) {
    String text = ctx.text();
    int reported = 0;
    for (int i : ctx.unusualCharacters()) {
      if (reported >= MAX_PER_POST) {
        break;
      }
      char c = text.charAt(i);
      String what = null;
      if (c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069') {
        what = "bidirectional control";
      } else if (c >= '\u200B' && c <= '\u200D' || c == '\u2060' || c == '\uFEFF') {
        what = "zero-width character";
      }
      if (what != null) {
        int[] pos = ctx.position(i);
        ctx.report(pos[0], pos[1], String.format("invisible %s U+%04X", what, (int) c));
        reported++;
      }
    }
  }
}
