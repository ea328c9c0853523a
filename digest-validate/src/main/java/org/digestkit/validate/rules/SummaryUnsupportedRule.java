package org.digestkit.validate.rules;

import java.util.Optional;
import org.digestkit.core.model.Summary;
import org.digestkit.core.model.SummaryEntry;
import org.digestkit.validate.Severity;
import org.digestkit.validate.internal.SummaryMatcher;
import org.digestkit.validate.spi.RuleContext;

/**
 * Each summary entry is supported by the body: it matches a headline (overlap ≥ {@code threshold}, default 0.3),
 * or at least {@code body-share} (default 0.5) of its words occur somewhere in the body, or both signals are
 * fairly strong together ({@code score/threshold + share/body-share ≥ combined}, default 1.6). Summaries are a
 * paraphrased selection, so an entry fails only when the story is nowhere in the post.
 */
public final class SummaryUnsupportedRule extends BaseRule {
  public SummaryUnsupportedRule() {
    super("summary-unsupported", Severity.WARNING, "every summary entry is about a story in the body");
  }

  @Override
  public void check(RuleContext ctx) {
    Optional<Summary> summary = ctx.digest().frontMatter().summary();
    if (summary.isEmpty() || summary.get().entries().isEmpty()) {
      return;
    }
    double threshold = ctx.options().decimal("threshold", 0.3);
    double bodyShare = ctx.options().decimal("body-share", 0.5);
    double combined = ctx.options().decimal("combined", 1.6);
    SummaryMatcher matcher = SummaryMatcher.of(ctx.digest(), Walk.newsItems(ctx.digest()), ctx.text());
    for (SummaryEntry e : summary.get().entries()) {
      int[] tokens = SummaryMatcher.codes(e.text());
      if (matcher.anyAtLeast(tokens, threshold)) {
        continue;
      }
      SummaryMatcher.Target best = matcher.best(tokens);
      double score = best == null ? 0 : SummaryMatcher.overlap(tokens, best.codes());
      double share = matcher.bodyShare(tokens);
      if (share < bodyShare && score / threshold + share / bodyShare < combined) {
        ctx.report(e.line(), e.column(), String.format(
            "summary entry '%s' matches no headline (best %.2f) and only %.0f%% of its words occur in the body",
            e.text(), score, share * 100));
      }
    }
  }
}
