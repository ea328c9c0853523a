package org.digestkit.validate.rules;

import java.util.List;
import org.digestkit.core.model.Section;
import org.digestkit.core.model.SectionRole;
import org.digestkit.validate.Severity;
import org.digestkit.validate.spi.RuleContext;

/** Numbered sections count 1, 2, 3 … without gaps, in one style, with no unnumbered section among them. */
public final class NumberingSequenceRule extends BaseRule {
  /** The rule with its id, default severity and description; {@link java.util.ServiceLoader} calls this. */
  public NumberingSequenceRule() {
    super("numbering-sequence", Severity.WARNING, "numbered sections count from 1 without gaps, in one style");
  }

  @Override
  public void check(RuleContext ctx) {
    List<Section> sections = ctx.digest().sections();
    boolean numbered = sections.stream().anyMatch(s -> s.numbering().isPresent());
    if (!numbered) {
      return;
    }
    int expected = 1;
    Boolean cjk = null;
    for (Section s : sections) {
      if (!s.numbering().isPresent()) {
        if (s.role() != SectionRole.MORE) {
          ctx.report(s.heading().source().line(), s.heading().source().column(),
              "section '" + s.title() + "' is not numbered, but other sections are");
        }
        continue;
      }
      boolean isCjk = !Character.isDigit(s.numbering().number().charAt(0));
      if (cjk == null) {
        cjk = isCjk;
      } else if (cjk != isCjk) {
        ctx.report(s.heading().source().line(), s.heading().source().column(),
            "numbering '" + s.numbering().text() + "' mixes numbering styles");
      }
      int value = s.numbering().value();
      if (value != expected) {
        ctx.report(s.heading().source().line(), s.heading().source().column(),
            "section numbered " + value + " where " + expected + " was expected");
      }
      expected = value + 1;
    }
  }
}
