package org.digestkit.validate.rules;

import java.util.Set;
import org.digestkit.validate.Severity;
import org.digestkit.validate.spi.LinkOccurrence;
import org.digestkit.validate.spi.RuleContext;

/** No link runs code or embeds content: {@code javascript:}, {@code vbscript:}, {@code data:}, {@code file:}. */
public final class LinkUnsafeRule extends BaseRule {
  static final Set<String> UNSAFE = Set.of("javascript", "vbscript", "data", "file");

  /** The rule with its id, default severity and description; {@link java.util.ServiceLoader} calls this. */
  public LinkUnsafeRule() {
    super("link-unsafe", Severity.ERROR, "no javascript:, vbscript:, data: or file: links");
  }

  @Override
  public boolean appliesToAllPosts() {
    return true;
  }

  @Override
  public void check(RuleContext ctx) {
    for (LinkOccurrence l : ctx.links()) {
      String scheme = Urls.scheme(l.url());
      if (UNSAFE.contains(scheme)) {
        ctx.report(l.line(), l.column(), "link with the unsafe scheme '" + scheme + ":'");
      }
    }
  }
}
