package org.digestkit.validate.rules;

import org.digestkit.validate.Severity;
import org.digestkit.validate.spi.LinkOccurrence;
import org.digestkit.validate.spi.RuleContext;

/** Links name their story's page, not a site's home page. */
public final class LinkSiteRootRule extends BaseRule {
  /** The rule with its id, default severity and description; {@link java.util.ServiceLoader} calls this. */
  public LinkSiteRootRule() {
    super("link-site-root", Severity.WARNING, "links point at the story, not at a site's home page");
  }

  @Override
  public void check(RuleContext ctx) {
    for (LinkOccurrence l : ctx.links()) {
      if (l.place() != LinkOccurrence.Place.FOOTER && Urls.isSiteRoot(l.url())) {
        ctx.report(l.line(), l.column(), "'" + l.url() + "' is a site's home page, not the story's source");
      }
    }
  }
}
