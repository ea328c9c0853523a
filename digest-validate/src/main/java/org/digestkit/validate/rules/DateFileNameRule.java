package org.digestkit.validate.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.digestkit.core.model.FrontMatter;
import org.digestkit.core.model.FrontMatterEntry;
import org.digestkit.validate.Severity;
import org.digestkit.validate.spi.RuleContext;
import org.digestkit.validate.spi.RuleOption;

/** The {@code date} is the file name's date plus one of {@code days-after} (default [0]). */
public final class DateFileNameRule extends ProfileRule {
  /** The rule with its id, default severity and description; {@link java.util.ServiceLoader} calls this. */
  public DateFileNameRule() {
    super("date-file-name", Severity.ERROR, "the date is the file name's date plus an allowed number of days");
  }

  @Override
  public List<RuleOption> declaredOptions() {
    return List.of(RuleOption.integers("days-after", -366, 366, "the days the date may be after the file name's date (default [0])"));
  }

  @Override
  public void check(RuleContext ctx) {
    PostFacts facts = PostFacts.of(ctx);
    String fileDate = facts.fileDate();
    Optional<FrontMatterEntry> date = ctx.digest().frontMatter().entry("date");
    Optional<LocalDate> value = facts.date();
    if (fileDate == null || date.isEmpty() || value.isEmpty()) {
      return;
    }
    Optional<LocalDate> parsed = FrontMatter.isoDate(fileDate);
    if (parsed.isEmpty()) {
      return;
    }
    LocalDate fromName = parsed.get();
    long days = ChronoUnit.DAYS.between(fromName, value.get());
    List<String> allowed = ctx.options().strings("days-after", List.of("0"));
    if (!allowed.contains(Long.toString(days))) {
      ctx.report(date.get().source().line(), date.get().source().column(), "date " + value.get() + " is " + days
          + " days after the file name's date " + fileDate + " (allowed: " + String.join(", ", allowed) + ")");
    }
  }
}
