package org.digestkit.validate.rules;

import org.digestkit.core.model.FrontMatter;
import org.digestkit.validate.Severity;
import org.digestkit.validate.spi.RuleContext;

/** The post has a {@code summary} in its front matter. */
public final class SummaryMissingRule extends BaseRule {
  /** The rule with its id, default severity and description; {@link java.util.ServiceLoader} calls this. */
  public SummaryMissingRule() {
    super("summary-missing", Severity.WARNING, "the front matter has a summary");
  }

  @Override
  public void check(RuleContext ctx) {
    FrontMatter fm = ctx.digest().frontMatter();
    if (fm.entry("summary").isEmpty()) {
      int line = fm.present() ? fm.closeFence().line() : 1;
      ctx.report(Math.max(1, line), 1, "the front matter has no summary");
    }
  }
}
