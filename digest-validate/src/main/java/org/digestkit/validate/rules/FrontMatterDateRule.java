package org.digestkit.validate.rules;

import java.util.Optional;
import org.digestkit.core.model.FrontMatter;
import org.digestkit.core.model.FrontMatterEntry;
import org.digestkit.validate.Severity;
import org.digestkit.validate.internal.CalendarDate;
import org.digestkit.validate.internal.FrontMatterConstraints;
import org.digestkit.validate.internal.FrontMatterFields;
import org.digestkit.validate.spi.RuleContext;

/**
 * The {@code date} is a real calendar date written {@code YYYY-MM-DD}: the {@code @CalendarDate} constraint on
 * digestkit's own front-matter type ({@link FrontMatterFields}), checked like a site's own type.
 */
public final class FrontMatterDateRule extends BaseRule {
  /** The rule with its id, default severity and description; {@link java.util.ServiceLoader} calls this. */
  public FrontMatterDateRule() {
    super("front-matter-date", Severity.ERROR, "the front-matter date is a calendar date written YYYY-MM-DD");
  }

  /** A date that is no date breaks any post, article or digest. */
  @Override
  public boolean appliesToAllPosts() {
    return true;
  }

  @Override
  public void check(RuleContext ctx) {
    FrontMatter fm = ctx.digest().frontMatter();
    Optional<FrontMatterEntry> date = fm.entry("date");
    if (date.isEmpty() || CalendarDate.Validator.isCalendarDate(date.get().value().asText())) {
      return; // a valid date cannot fail: Hibernate Validator is not bootstrapped for clean posts
    }
    for (FrontMatterConstraints.Problem p
        : FrontMatterConstraints.check(fm, FrontMatterFields.of(fm), FrontMatterFields.DateFormat.class)) {
      // the value is appended here, never put in a message template: author text is not interpolated
      ctx.report(p.line(), p.column(),
          "front-matter key 'date' ('" + date.get().value().asText() + "') " + p.message());
    }
  }
}
