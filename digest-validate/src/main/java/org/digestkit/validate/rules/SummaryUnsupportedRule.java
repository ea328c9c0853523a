package org.digestkit.validate.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.digestkit.core.model.Summary;
import org.digestkit.core.model.SummaryEntry;
import org.digestkit.validate.Severity;
import org.digestkit.validate.internal.SummaryMatcher;
import org.digestkit.validate.spi.RuleContext;
import org.digestkit.validate.spi.RuleOption;

/**
 * Each summary entry is about a story in the body: its support by the best story plus its support by the whole
 * post (see {@link SummaryMatcher}; words only in a story's body count {@code body-weight}, default 0.6) reaches
 * {@code threshold} (default 0.57). Summaries are a paraphrased selection, so an entry fails only when no story
 * holds its telling words.
 *
 * <p>When the summary lists more stories than the body has, the body is truncated: {@code summary-exceeds-body}
 * reports that once, and this rule does not repeat it for every entry.
 */
public final class SummaryUnsupportedRule extends BaseRule {
  /** The rule with its id, default severity and description; {@link java.util.ServiceLoader} calls this. */
  public SummaryUnsupportedRule() {
    super("summary-unsupported", Severity.WARNING, "every summary entry is about a story in the body");
  }

  @Override
  public List<RuleOption> declaredOptions() {
    return List.of(RuleOption.decimal("threshold", 0, 2, "the support (best story plus whole post) an entry needs (default 0.57)"),
        RuleOption.decimal("body-weight", 0, 1, "how much a word found only in a story's body counts (default 0.6)"));
  }

  @Override
  public void check(RuleContext ctx) {
    PostFacts facts = PostFacts.of(ctx);
    Optional<Summary> summary = facts.summary();
    if (summary.isEmpty() || summary.get().entries().isEmpty()
        || summary.get().entries().size() > facts.newsItems().size() + facts.moreEntries().size()) {
      return;
    }
    double threshold = ctx.options().decimal("threshold", 0.57);
    double bodyWeight = ctx.options().decimal("body-weight", 0.6);
    Map<String, SummaryMatcher.Support> unsupported = facts.matcher().unsupported(bodyWeight,
        threshold);
    for (SummaryEntry e : summary.get().entries()) {
      SummaryMatcher.Support support = unsupported.get(e.text());
      if (support != null) {
        ctx.report(e.line(), e.column(), "summary entry '" + e.text() + "' is about no story of the post: one story"
            + " holds at most " + percent(support.story()) + " of its weighted words, the whole post "
            + percent(support.post()));
      }
    }
  }

  private static String percent(double share) {
    return Math.round(share * 100) + "%";
  }
}
