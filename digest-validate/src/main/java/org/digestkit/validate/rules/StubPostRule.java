package org.digestkit.validate.rules;

import org.digestkit.core.Digest;
import org.digestkit.validate.Severity;
import org.digestkit.validate.spi.RuleContext;

/** The post has sections: a title and a paragraph alone is a stub, not a digest. */
public final class StubPostRule extends BaseRule {
  /** The rule with its id, default severity and description; {@link java.util.ServiceLoader} calls this. */
  public StubPostRule() {
    super("stub-post", Severity.ERROR, "the post has at least one section (not a stub)");
  }

  @Override
  public void check(RuleContext ctx) {
    Digest d = ctx.digest();
    if (d.sections().isEmpty()) {
      int line = d.title() != null ? d.title().source().line() : 1;
      ctx.report(line, 1, "the post has no sections: a stub with no news items");
    }
  }
}
