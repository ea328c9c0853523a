package org.digestkit.validate.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.digestkit.core.model.Numbering;
import org.digestkit.core.model.Section;
import org.digestkit.validate.Fix;
import org.digestkit.validate.Severity;
import org.digestkit.validate.spi.RuleContext;

/**
 * Section numbering uses a known separator ({@code 、} after CJK numerals, {@code ｜} or a space after digits);
 * a look-alike such as {@code ｠} in {@code 08｠} is corruption. Fix: the separator the post's other sections use.
 */
public final class NumberingCorruptedRule extends BaseRule {
  private static final Set<String> VALID = Set.of("、", "｜", " ");

  /** The rule with its id, default severity and description; {@link java.util.ServiceLoader} calls this. */
  public NumberingCorruptedRule() {
    super("numbering-corrupted", Severity.ERROR, "section numbering separators are not garbled");
  }

  @Override
  public boolean offersFixes() {
    return true;
  }

  @Override
  public void check(RuleContext ctx) {
    List<Section> sections = PostFacts.of(ctx).allSections();
    boolean corrupted = false;
    for (Section s : sections) {
      corrupted |= s.numbering().isPresent() && !VALID.contains(s.numbering().separator());
    }
    if (!corrupted) {
      return; // nearly every post: no need to find the dominant separator
    }
    Map<String, Integer> counts = new HashMap<>();
    for (Section s : sections) {
      if (s.numbering().isPresent() && VALID.contains(s.numbering().separator())) {
        counts.merge(s.numbering().separator(), 1, Integer::sum);
      }
    }
    String dominant = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
        .orElse(null);
    for (Section s : sections) {
      Numbering n = s.numbering();
      if (!n.isPresent() || VALID.contains(n.separator())) {
        continue;
      }
      String raw = s.heading().source().raw();
      int at = raw.indexOf(n.text());
      int column = s.heading().source().column() + Math.max(0, at) + n.number().length();
      Fix fix = dominant != null && at >= 0 ? new Fix(s.heading().source().line(), column, n.separator(), dominant)
          : null;
      ctx.report(s.heading().source().line(), column,
          String.format("numbering '%s' uses the separator '%s' (U+%04X)%s", n.text(), n.separator(),
              n.separator().codePointAt(0), dominant == null ? "" : "; the other sections use '" + dominant + "'"),
          fix);
    }
  }
}
