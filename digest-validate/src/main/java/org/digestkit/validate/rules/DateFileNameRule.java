package org.digestkit.validate.rules;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.digestkit.core.model.FrontMatter;
import org.digestkit.core.model.FrontMatterEntry;
import org.digestkit.validate.Severity;
import org.digestkit.validate.spi.RuleContext;
import org.jspecify.annotations.Nullable;

/** The {@code date} is the file name's date plus one of {@code days-after} (default [0]). */
public final class DateFileNameRule extends ProfileRule {
  private static final Pattern FILE_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");

  public DateFileNameRule() {
    super("date-file-name", Severity.ERROR, "the date is the file name's date plus an allowed number of days");
  }

  @Override
  public void check(RuleContext ctx) {
    String fileDate = fileDate(ctx.file());
    Optional<FrontMatterEntry> date = ctx.digest().frontMatter().entry("date");
    Optional<LocalDate> value = ctx.digest().frontMatter().date();
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

  /** The {@code YYYY-MM-DD} a file name starts with, or null. */
  static @Nullable String fileDate(@Nullable String file) {
    if (file == null) {
      return null;
    }
    Path name = Path.of(file).getFileName();
    if (name == null) {
      return null;
    }
    Matcher m = FILE_DATE.matcher(name.toString());
    return m.find() ? m.group(1) : null;
  }
}
