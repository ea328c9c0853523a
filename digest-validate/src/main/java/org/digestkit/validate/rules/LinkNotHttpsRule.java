package org.digestkit.validate.rules;

import org.digestkit.validate.Severity;
import org.digestkit.validate.spi.LinkOccurrence;
import org.digestkit.validate.spi.RuleContext;

/** Links use https: plain http, fragments ({@code #}) and relative links are flagged; mailto is fine. */
public final class LinkNotHttpsRule extends BaseRule {
  /** The rule with its id, default severity and description; {@link java.util.ServiceLoader} calls this. */
  public LinkNotHttpsRule() {
    super("link-not-https", Severity.WARNING, "links are absolute https URLs");
  }

  @Override
  public void check(RuleContext ctx) {
    for (LinkOccurrence l : ctx.links()) {
      String scheme = Urls.scheme(l.url());
      if (l.place() == LinkOccurrence.Place.FOOTER || scheme.equals("https") || scheme.equals("mailto")
          || LinkUnsafeRule.UNSAFE.contains(scheme)) {
        continue;
      }
      String what = scheme.equals("http") ? "uses plain http"
          : scheme.isEmpty() ? "is not an absolute URL" : "uses the scheme '" + scheme + ":'";
      ctx.report(l.line(), l.column(), "link '" + l.url() + "' " + what);
    }
  }
}
