package org.digestkit.validate.rules;

import java.util.List;
import org.digestkit.core.model.Label;
import org.digestkit.core.model.LabelForm;
import org.digestkit.core.model.LabelledBlock;
import org.digestkit.validate.Fix;
import org.digestkit.validate.Severity;
import org.digestkit.validate.internal.EditDistance;
import org.digestkit.validate.spi.RuleContext;
import org.digestkit.validate.spi.RuleOption;

/**
 * A label one character away from a known label ({@code 深度解读 & 洽察}), two away after keeping its first
 * four characters, or keeping a long known label's beginning and garbling its end ({@code 深度解读 & 洢ight}),
 * is a corrupted spelling. Fix: the known spelling. Labels of fewer than four characters are too short to tell
 * a typo from another word.
 */
public final class LabelCorruptedRule extends BaseRule {
  static final List<String> KNOWN = List.of("深度解读 & 洞察", "深度解读", "影响");

  /** The rule with its id, default severity and description; {@link java.util.ServiceLoader} calls this. */
  public LabelCorruptedRule() {
    super("label-corrupted", Severity.ERROR, "labels are spelled as in the vocabulary, not garbled");
  }

  @Override
  public boolean offersFixes() {
    return true;
  }

  @Override
  public List<RuleOption> declaredOptions() {
    return List.of(RuleOption.strings("labels", "the labels spelled right (default the general vocabulary)"));
  }

  @Override
  public void check(RuleContext ctx) {
    List<String> known = ctx.options().strings("labels", KNOWN);
    for (LabelledBlock lb : PostFacts.of(ctx).leaves().labelledBlocks()) {
      Label label = lb.label();
      String text = label.text();
      if (known.contains(text)) {
        continue;
      }
      String match = closest(text, known);
      if (match == null) {
        continue;
      }
      String raw = label.source().raw();
      int at = raw.indexOf(text);
      int column = label.source().column() + Math.max(0, at);
      Fix fix = at >= 0 ? new Fix(label.source().line(), column, text, match) : null;
      ctx.report(label.source().line(), column,
          "label '" + text + "' looks like a corrupted '" + match + "'"
              + (label.form() == LabelForm.HEADING ? " (heading label)" : ""), fix);
    }
  }

  /** The known label {@code text} is a corrupted spelling of, or null. */
  static String closest(String text, List<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      if (k.length() < 4) {
        continue; // two-character labels are too short to tell a typo from another word
      }
      int d = EditDistance.between(text, k, 3);
      int prefix = commonPrefix(text, k);
      // one substitution anywhere, or two after a kept beginning: 深度洞察 and 解读 are other words
      boolean near = d <= 1 || d <= 2 && prefix >= 4;
      boolean garbledEnd = prefix >= 6 && prefix >= k.length() - 2 && prefix < k.length()
          && text.length() <= k.length() + 4;
      if ((near || garbledEnd) && d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    return best;
  }

  private static int commonPrefix(String a, String b) {
    int n = Math.min(a.length(), b.length());
    int i = 0;
    while (i < n && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i;
  }
}
