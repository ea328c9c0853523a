package org.digestkit.validate.rules;

import java.util.List;
import java.util.Optional;
import org.digestkit.core.model.Item;
import org.digestkit.core.model.Summary;
import org.digestkit.core.model.SummaryEntry;
import org.digestkit.validate.Severity;
import org.digestkit.validate.internal.SummaryMatcher;
import org.digestkit.validate.spi.RuleContext;
import org.digestkit.validate.spi.RuleOption;

/**
 * Opt-in, for publishers whose summary lists every headline (posts made with {@code summaryFromHeadlines()}):
 * entry <i>n</i> matches item <i>n</i> (overlap ≥ {@code threshold}, default 0.5), and there are as many entries
 * as items.
 */
public final class SummaryHeadlineMismatchRule extends BaseRule {
  /** The rule with its id, default severity and description; {@link java.util.ServiceLoader} calls this. */
  public SummaryHeadlineMismatchRule() {
    super("summary-headline-mismatch", Severity.ERROR, "the summary lists every headline, in order (opt-in)");
  }

  @Override
  public List<RuleOption> declaredOptions() {
    return List.of(RuleOption.decimal("threshold", 0, 1, "the least overlap between an entry and its headline (default 0.5)"));
  }

  @Override
  public boolean enabledByDefault() {
    return false;
  }

  @Override
  public void check(RuleContext ctx) {
    Optional<Summary> summary = PostFacts.of(ctx).summary();
    List<Item> items = PostFacts.of(ctx).newsItems();
    if (summary.isEmpty()) {
      return;
    }
    double threshold = ctx.options().decimal("threshold", 0.5);
    List<SummaryEntry> entries = summary.get().entries();
    int n = Math.min(entries.size(), items.size());
    for (int i = 0; i < n; i++) {
      SummaryEntry e = entries.get(i);
      Item item = items.get(i);
      double score = SummaryMatcher.overlap(SummaryMatcher.tokens(e.text()), SummaryMatcher.tokens(item.headline()));
      if (score < threshold) {
        ctx.report(e.line(), e.column(), String.format("summary entry %d '%s' does not match headline %d '%s' (%.2f)",
            i + 1, e.text(), i + 1, item.headline(), score));
      }
    }
    for (int i = n; i < items.size(); i++) {
      Item item = items.get(i);
      ctx.report(item.heading().source().line(), item.heading().source().column(),
          "item '" + item.headline() + "' has no summary entry");
    }
    for (int i = n; i < entries.size(); i++) {
      SummaryEntry e = entries.get(i);
      ctx.report(e.line(), e.column(), "summary entry '" + e.text() + "' has no item");
    }
  }
}
