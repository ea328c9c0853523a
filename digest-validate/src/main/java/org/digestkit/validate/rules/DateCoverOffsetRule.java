package org.digestkit.validate.rules;

import java.util.List;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import org.digestkit.core.model.FrontMatterEntry;
import org.digestkit.validate.Severity;
import org.digestkit.validate.spi.RuleContext;
import org.digestkit.validate.spi.RuleOption;

/**
 * The {@code date} is the calendar date of the cover image's timestamp plus {@code offset-hours}: a pipeline
 * that names covers by UTC generation time and dates posts in its own zone. The {@code pattern} captures
 * {@code year}, {@code month}, {@code day}, {@code hour}, {@code minute} and {@code second}.
 */
public final class DateCoverOffsetRule extends ProfileRule {
  /** The rule with its id, default severity and description; {@link java.util.ServiceLoader} calls this. */
  public DateCoverOffsetRule() {
    super("date-cover-offset", Severity.ERROR, "the date is the cover timestamp's date plus the profile's offset");
  }

  @Override
  public List<RuleOption> declaredOptions() {
    return List.of(RuleOption.pattern("pattern", "the cover image URL, with groups year, month, day, hour, minute and second"),
        RuleOption.integer("offset-hours", -168, 168, "hours added to the cover time to get the date (default 0)"));
  }

  @Override
  public void check(RuleContext ctx) {
    Optional<FrontMatterEntry> cover = ctx.digest().frontMatter().entry("coverImage");
    Optional<FrontMatterEntry> date = ctx.digest().frontMatter().entry("date");
    String pattern = ctx.options().string("pattern", null);
    PostFacts facts = PostFacts.of(ctx);
    if (cover.isEmpty() || date.isEmpty() || pattern == null || facts.date().isEmpty()) {
      return;
    }
    Matcher m = Patterns.of(pattern).matcher(cover.get().value().asText());
    if (!m.matches()) {
      return; // cover-image-pattern reports it
    }
    LocalDateTime stamp;
    try {
      stamp = LocalDateTime.of(Integer.parseInt(m.group("year")), Integer.parseInt(m.group("month")),
          Integer.parseInt(m.group("day")), Integer.parseInt(m.group("hour")), Integer.parseInt(m.group("minute")),
          Integer.parseInt(m.group("second")));
    } catch (RuntimeException e) {
      ctx.report(cover.get().source().line(), cover.get().source().column(), "cover timestamp is not a valid time");
      return;
    }
    int offset = ctx.options().integer("offset-hours", 0);
    LocalDate expected = stamp.plusHours(offset).toLocalDate();
    LocalDate actual = facts.date().get();
    if (!expected.equals(actual)) {
      ctx.report(date.get().source().line(), date.get().source().column(), "date " + actual + " should be "
          + expected + ": the cover was made at " + stamp + " and the profile adds " + offset + " h");
    }
  }
}
