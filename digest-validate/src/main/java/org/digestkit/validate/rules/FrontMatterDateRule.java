package org.digestkit.validate.rules;

import jakarta.validation.ConstraintViolation;
import java.util.Optional;
import org.digestkit.core.model.FrontMatterEntry;
import org.digestkit.validate.Severity;
import org.digestkit.validate.internal.BeanValidation;
import org.digestkit.validate.internal.CalendarDate;
import org.digestkit.validate.internal.FrontMatterFields;
import org.digestkit.validate.spi.RuleContext;

/** The {@code date} is a real calendar date written {@code YYYY-MM-DD} (Bean Validation). */
public final class FrontMatterDateRule extends BaseRule {
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
    Optional<FrontMatterEntry> date = ctx.digest().frontMatter().entry("date");
    if (date.isEmpty() || CalendarDate.Validator.isCalendarDate(date.get().value().asText())) {
      return; // a valid date cannot fail: Hibernate Validator is not bootstrapped for clean posts
    }
    for (ConstraintViolation<FrontMatterFields> v : BeanValidation.validator()
        .validate(FrontMatterFields.of(ctx.digest().frontMatter()), FrontMatterFields.DateFormat.class)) {
      String raw = date.get().source().raw();
      int value = raw.indexOf(':') + 1;
      while (value < raw.length() && raw.charAt(value) == ' ') {
        value++;
      }
      ctx.report(date.get().source().line(), date.get().source().column() + value,
          "front-matter date '" + date.get().value().asText() + "' " + v.getMessage());
    }
  }
}
