package org.digestkit.validate.rules;

import org.digestkit.validate.Severity;
import org.digestkit.validate.spi.RuleContext;

/** No control characters (other than tab and line breaks), replacement characters or noncharacters. */
public final class ControlCharacterRule extends BaseRule {
  private static final int MAX_PER_POST = 20;

  public ControlCharacterRule() {
    super("control-character", Severity.ERROR, "no control, replacement or noncharacter code points");
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
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F) {
        what = "control character";
      } else if (c == '\uFFFD') {
        what = "replacement character (a decoding error upstream)";
      } else if (c == '\uFFFE' || c == '\uFFFF') {
        what = "noncharacter";
      }
      if (what != null) {
        int[] pos = ctx.position(i);
        ctx.report(pos[0], pos[1], String.format("%s U+%04X", what, (int) c));
        reported++;
      }
    }
  }
}
