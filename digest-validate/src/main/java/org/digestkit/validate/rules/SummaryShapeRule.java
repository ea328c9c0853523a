package org.digestkit.validate.rules;

import java.util.List;
import java.util.Optional;
import org.digestkit.core.model.FrontMatterEntry;
import org.digestkit.core.model.Summary;
import org.digestkit.core.model.SummaryShape;
import org.digestkit.validate.Severity;
import org.digestkit.validate.spi.RuleContext;
import org.digestkit.validate.spi.RuleOption;

/** The summary has the profile's {@code shape} (default {@code bullets}: {@code - } lines). */
public final class SummaryShapeRule extends ProfileRule {
  /** The rule with its id, default severity and description; {@link java.util.ServiceLoader} calls this. */
  public SummaryShapeRule() {
    super("summary-shape", Severity.WARNING, "the summary is written in the profile's shape");
  }

  @Override
  public List<RuleOption> declaredOptions() {
    return List.of(RuleOption.choice("shape", java.util.Arrays.stream(SummaryShape.values()).map(s -> s.name().toLowerCase(java.util.Locale.ROOT)).toList(), "how the summary is written (default bullets)"));
  }

  @Override
  public void check(RuleContext ctx) {
    Optional<Summary> summary = PostFacts.of(ctx).summary();
    if (summary.isEmpty()) {
      return;
    }
    SummaryShape expected = SummaryShape.valueOf(ctx.options().string("shape", "bullets").toUpperCase(
        java.util.Locale.ROOT));
    if (summary.get().shape() != expected) {
      FrontMatterEntry e = ctx.digest().frontMatter().entry("summary").orElseThrow();
      ctx.report(e.source().line(), e.source().column(), "the summary is written as "
          + summary.get().shape().name().toLowerCase(java.util.Locale.ROOT) + ", the profile expects "
          + expected.name().toLowerCase(java.util.Locale.ROOT));
    }
  }
}
