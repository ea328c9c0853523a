package org.digestkit.validate.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.digestkit.core.model.Summary;
import org.digestkit.core.model.SummaryEntry;
import org.digestkit.validate.Severity;
import org.digestkit.validate.internal.SummaryMatcher;
import org.digestkit.validate.spi.RuleContext;
import org.digestkit.validate.spi.RuleOption;

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
  public List<RuleOption> declaredOptions() {
    return List.of(RuleOption.decimal("threshold", 0, 1, "the headline overlap that supports an entry (default 0.3)"),
        RuleOption.decimal("body-share", 0, 1, "the share of an entry's words found in the body that supports it (default 0.5)"),
        RuleOption.decimal("combined", 0, 2, "the sum of overlap and body share that supports it (default 1.6)"));
  }

  @Override
  public void check(RuleContext ctx) {
    Optional<Summary> summary = PostFacts.of(ctx).summary();
    if (summary.isEmpty() || summary.get().entries().isEmpty()) {
      return;
    }
    double threshold = ctx.options().decimal("threshold", 0.3);
    double bodyShare = ctx.options().decimal("body-share", 0.5);
    double combined = ctx.options().decimal("combined", 1.6);
    SummaryMatcher matcher = PostFacts.of(ctx).matcher();
    List<SummaryEntry> entries = summary.get().entries();
    List<int[]> tokens = new ArrayList<>(entries.size());
    for (SummaryEntry e : entries) {
      tokens.add(matcher.entryCodes(e.text()));
    }
    SummaryMatcher.HeadlineScores headlines = matcher.headlineScores(tokens, threshold);
    double[] best = headlines.best();
    // an entry that matches no headline well enough may still be supported: the share of its words found in
    // the headlines alone is a lower bound of its body share, and often decides already
    List<Integer> undecided = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      if (best[i] < threshold && unsupported(best[i], headlines.shares()[i], threshold, bodyShare, combined)) {
        undecided.add(i);
      }
    }
    if (undecided.isEmpty()) {
      return;
    }
    // the body scan stops once every entry left is settled either way
    double[] shares = matcher.bodyShares(select(tokens, undecided),
        (k, share) -> !unsupported(best[undecided.get(k)], share, threshold, bodyShare, combined));
    for (int k = 0; k < undecided.size(); k++) {
      SummaryEntry e = entries.get(undecided.get(k));
      double score = best[undecided.get(k)];
      if (unsupported(score, shares[k], threshold, bodyShare, combined)) {
        ctx.report(e.line(), e.column(), "summary entry '" + e.text() + "' matches no headline (best "
            + hundredths(score) + ") and only " + Math.round(shares[k] * 100) + "% of its words occur in the body");
      }
    }
  }

  private static List<int[]> select(List<int[]> tokens, List<Integer> indexes) {
    List<int[]> out = new ArrayList<>(indexes.size());
    for (int i : indexes) {
      out.add(tokens.get(i));
    }
    return out;
  }

  private static boolean unsupported(double score, double share, double threshold, double bodyShare,
      double combined) {
    return share < bodyShare && score / threshold + share / bodyShare < combined;
  }

  /** {@code x} (0..1) with two decimals, as {@code 0.25} (no locale, unlike {@code String.format}). */
  static String hundredths(double x) {
    long h = Math.round(x * 100);
    return h / 100 + "." + (h % 100 < 10 ? "0" : "") + h % 100;
  }
}
