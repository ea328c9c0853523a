package org.digestkit.validate.rules;

import org.digestkit.core.model.Section;
import org.digestkit.validate.Severity;
import org.digestkit.validate.spi.RuleContext;

/** Every section has content. */
public final class SectionEmptyRule extends BaseRule {
  public SectionEmptyRule() {
    super("section-empty", Severity.WARNING, "every section has content");
  }

  @Override
  public void check(RuleContext ctx) {
    for (Section s : ctx.digest().allSections()) {
      boolean empty = s.elements().stream().allMatch(e -> e instanceof org.digestkit.core.model.ThematicBreak);
      if (empty) {
        ctx.report(s.heading().source().line(), s.heading().source().column(),
            "section '" + s.title() + "' is empty");
      }
    }
  }
}
