package org.digestkit.validate.rules;

import java.util.List;
import org.digestkit.core.Digest;
import org.digestkit.validate.Severity;
import org.digestkit.validate.spi.RuleContext;
import org.digestkit.validate.spi.RuleOption;

/** The post has at least {@code min} news items (default 3); fewer suggests a truncated post. */
public final class FewItemsRule extends BaseRule {
  /** The rule with its id, default severity and description; {@link java.util.ServiceLoader} calls this. */
  public FewItemsRule() {
    super("few-items", Severity.WARNING, "the post has at least a few news items");
  }

  @Override
  public List<RuleOption> declaredOptions() {
    return List.of(RuleOption.integer("min", 0, Integer.MAX_VALUE, "the fewest news items a digest may have (default 3)"));
  }

  @Override
  public void check(RuleContext ctx) {
    Digest d = ctx.digest();
    int min = ctx.options().integer("min", 3);
    int items = PostFacts.of(ctx).newsItems().size();
    if (items < min && !d.sections().isEmpty()) {
      int line = d.title() != null ? d.title().source().line() : 1;
      ctx.report(line, 1, "only " + items + " news item" + (items == 1 ? "" : "s") + " (expected at least " + min
          + "): is the post truncated?");
    }
  }
}
