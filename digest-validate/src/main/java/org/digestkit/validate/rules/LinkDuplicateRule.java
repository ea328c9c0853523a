package org.digestkit.validate.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.digestkit.validate.Severity;
import org.digestkit.validate.spi.LinkOccurrence;
import org.digestkit.validate.spi.RuleContext;

/** A post links each specific URL once; site roots and the footer are left to other rules. */
public final class LinkDuplicateRule extends BaseRule {
  /** The rule with its id, default severity and description; {@link java.util.ServiceLoader} calls this. */
  public LinkDuplicateRule() {
    super("link-duplicate", Severity.WARNING, "each specific URL is linked once in a post");
  }

  @Override
  public void check(RuleContext ctx) {
    List<LinkOccurrence> links = ctx.links();
    Map<String, LinkOccurrence> first = new HashMap<>(links.size() * 2); // never resized
    for (LinkOccurrence l : links) {
      if (l.place() == LinkOccurrence.Place.FOOTER || l.place() == LinkOccurrence.Place.BARE
          || Urls.isSiteRoot(l.url()) || !Urls.scheme(l.url()).startsWith("http")) {
        continue;
      }
      LinkOccurrence earlier = first.putIfAbsent(Urls.key(l.url()), l);
      if (earlier != null) {
        ctx.report(l.line(), l.column(), "'" + l.url() + "' is already linked on line " + earlier.line());
      }
    }
  }
}
