package org.digestkit.validate.rules;

import org.digestkit.core.Digest;
import org.digestkit.core.model.Heading;
import org.digestkit.core.model.Section;
import org.digestkit.validate.Severity;
import org.digestkit.validate.spi.RuleContext;

/** The body starts with one H1 that repeats the front-matter title. */
public final class H1TitleRule extends BaseRule {
  /** The rule with its id, default severity and description; {@link java.util.ServiceLoader} calls this. */
  public H1TitleRule() {
    super("h1-title", Severity.ERROR, "the body starts with one H1 equal to the front-matter title");
  }

  @Override
  public void check(RuleContext ctx) {
    Digest d = ctx.digest();
    Heading h1 = d.title();
    if (h1 == null) {
      int line = d.frontMatter().present() ? d.frontMatter().closeFence().line() + 1 : 1;
      ctx.report(line, 1, "the body does not start with an H1 title ('# …')");
    } else {
      String title = d.frontMatter().title().orElse(null);
      if (title != null && !h1.title().equals(title.strip())) {
        ctx.report(h1.source().line(), h1.source().column() + 2,
            "the H1 '" + h1.title() + "' differs from the front-matter title '" + title + "'");
      }
    }
    for (Section s : PostFacts.of(ctx).allSections()) {
      if (s.heading().level() == 1) {
        ctx.report(s.heading().source().line(), s.heading().source().column(),
            "a second H1 heading; a post has one title");
      }
    }
  }
}
