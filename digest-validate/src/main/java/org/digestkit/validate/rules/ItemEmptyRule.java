package org.digestkit.validate.rules;

import org.digestkit.core.model.Item;
import org.digestkit.validate.Severity;
import org.digestkit.validate.spi.RuleContext;

/** News items outside "more" sections have a body, not just a heading. */
public final class ItemEmptyRule extends BaseRule {
  /** The rule with its id, default severity and description; {@link java.util.ServiceLoader} calls this. */
  public ItemEmptyRule() {
    super("item-empty", Severity.WARNING, "news items have a body, not only a heading");
  }

  @Override
  public void check(RuleContext ctx) {
    for (Item item : PostFacts.of(ctx).newsItems()) {
      if (PostFacts.onlyBreaks(item.body())) {
        ctx.report(item.heading().source().line(), item.heading().source().column(),
            "item '" + item.headline() + "' has only a heading");
      }
    }
  }
}
