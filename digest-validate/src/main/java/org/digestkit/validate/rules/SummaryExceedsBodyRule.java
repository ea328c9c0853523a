package org.digestkit.validate.rules;

import java.util.Optional;
import org.digestkit.core.model.FrontMatterEntry;
import org.digestkit.core.model.Summary;
import org.digestkit.validate.Severity;
import org.digestkit.validate.spi.RuleContext;

/** The summary does not list more stories than the body has (items plus one-line entries). */
public final class SummaryExceedsBodyRule extends BaseRule {
  /** The rule with its id, default severity and description; {@link java.util.ServiceLoader} calls this. */
  public SummaryExceedsBodyRule() {
    super("summary-exceeds-body", Severity.WARNING, "the summary lists no more stories than the body has");
  }

  @Override
  public void check(RuleContext ctx) {
    Optional<Summary> summary = PostFacts.of(ctx).summary();
    if (summary.isEmpty()) {
      return;
    }
    int entries = summary.get().entries().size();
    int stories = PostFacts.of(ctx).newsItems().size() + PostFacts.of(ctx).moreEntries().size();
    if (entries > stories) {
      FrontMatterEntry e = ctx.digest().frontMatter().entry("summary").orElseThrow();
      ctx.report(e.source().line(), e.source().column(), "the summary lists " + entries
          + " stories but the body has " + stories + ": is the body truncated?");
    }
  }
}
