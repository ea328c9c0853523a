package org.digestkit.validate.rules;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.digestkit.core.model.FrontMatterEntry;
import org.digestkit.validate.Severity;
import org.digestkit.validate.spi.RuleContext;
import org.digestkit.validate.spi.RuleOption;

/**
 * The cover image URL matches the profile's {@code pattern}; when the pattern captures {@code year},
 * {@code month} and {@code day} and the file name starts with a date, the two dates agree.
 */
public final class CoverImagePatternRule extends ProfileRule {
  /** The rule with its id, default severity and description; {@link java.util.ServiceLoader} calls this. */
  public CoverImagePatternRule() {
    super("cover-image-pattern", Severity.WARNING, "the cover image URL follows the profile's pattern");
  }

  @Override
  public List<RuleOption> declaredOptions() {
    return List.of(RuleOption.pattern("pattern", "the cover image URL, with groups year, month and day to compare with the file name"));
  }

  @Override
  public void check(RuleContext ctx) {
    Optional<FrontMatterEntry> cover = ctx.digest().frontMatter().entry("coverImage");
    String pattern = ctx.options().string("pattern", null);
    if (cover.isEmpty() || pattern == null) {
      return;
    }
    Matcher m = Patterns.of(pattern).matcher(cover.get().value().asText());
    int line = cover.get().source().line();
    int column = cover.get().source().column();
    if (!m.matches()) {
      ctx.report(line, column, "cover image '" + cover.get().value().asText()
          + "' does not match the profile's pattern");
      return;
    }
    String fileDate = PostFacts.of(ctx).fileDate();
    if (fileDate != null && pattern.contains("?<year>")) {
      String coverDate = m.group("year") + "-" + m.group("month") + "-" + m.group("day");
      if (!coverDate.equals(fileDate)) {
        ctx.report(line, column, "cover image date " + coverDate + " differs from the file name date " + fileDate);
      }
    }
  }
}
