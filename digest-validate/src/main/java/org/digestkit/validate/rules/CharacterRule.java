package org.digestkit.validate.rules;

import org.digestkit.validate.Severity;
import org.digestkit.validate.spi.Position;
import org.digestkit.validate.spi.RuleContext;

/**
 * A rule about single characters: it names what a character is, or null when it is fine, and reports each
 * occurrence (at most {@value #MAX_PER_POST} per post) from the post's one shared scan of unusual characters.
 */
abstract class CharacterRule extends BaseRule {
  static final int MAX_PER_POST = 20;

  CharacterRule(String id, Severity severity, String description) {
    super(id, severity, description);
  }

  /** What {@code c} is, for the message, or null when this rule does not mind it. */
  abstract String describe(char c);

  @Override
  public final boolean appliesToAllPosts() {
    return true;
  }

  @Override
  public final void check(RuleContext ctx) {
    String text = ctx.text();
    int reported = 0;
    for (int i : ctx.unusualCharacters()) {
      String what = describe(text.charAt(i));
      if (what != null) {
        Position pos = ctx.position(i);
        ctx.report(pos.line(), pos.column(), String.format("%s U+%04X", what, (int) text.charAt(i)));
        if (++reported >= MAX_PER_POST) {
          return;
        }
      }
    }
  }
}
