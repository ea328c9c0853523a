package org.digestkit.validate.rules;

import org.digestkit.core.model.Section;
import org.digestkit.validate.Severity;
import org.digestkit.validate.spi.RuleContext;

/** Every section has content. */
public final class SectionEmptyRule extends BaseRule {
  /** The rule with its id, default severity and description; {@link java.util.ServiceLoader} calls this. */
  public SectionEmptyRule() {
    super("section-empty", Severity.WARNING, "every section has content");
  }

  @Override
  public void check(RuleContext ctx) {
    for (Section s : PostFacts.of(ctx).allSections()) {
      if (PostFacts.onlyBreaks(s.elements())) {
        ctx.report(s.heading().source().line(), s.heading().source().column(),
            "section '" + s.title() + "' is empty");
      }
    }
  }
}
