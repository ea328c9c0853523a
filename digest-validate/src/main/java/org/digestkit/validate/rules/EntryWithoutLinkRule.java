package org.digestkit.validate.rules;

import org.digestkit.core.markdown.MarkdownInline;
import org.digestkit.core.model.MoreEntry;
import org.digestkit.validate.Severity;
import org.digestkit.validate.spi.RuleContext;

/** One-line entries link to their source. */
public final class EntryWithoutLinkRule extends BaseRule {
  /** The rule with its id, default severity and description; {@link java.util.ServiceLoader} calls this. */
  public EntryWithoutLinkRule() {
    super("entry-without-link", Severity.WARNING, "one-line entries link to their source");
  }

  @Override
  public void check(RuleContext ctx) {
    for (MoreEntry e : PostFacts.of(ctx).moreEntries()) {
      if (e.url() == null && MarkdownInline.links(e.title()).isEmpty()
          && MarkdownInline.links(e.description()).isEmpty()) {
        ctx.report(e.source().line(), e.source().column(), "entry '" + e.plainTitle() + "' has no link");
      }
    }
  }
}
