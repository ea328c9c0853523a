package org.digestkit.validate.rules;

import java.util.List;
import org.digestkit.validate.Severity;
import org.digestkit.validate.spi.RuleContext;
import org.digestkit.validate.spi.RuleOption;

/** The file name matches the profile's {@code pattern} (a regular expression over the name alone). */
public final class FileNameRule extends ProfileRule {
  /** The rule with its id, default severity and description; {@link java.util.ServiceLoader} calls this. */
  public FileNameRule() {
    super("file-name", Severity.WARNING, "the file name follows the profile's pattern");
  }

  @Override
  public List<RuleOption> declaredOptions() {
    return List.of(RuleOption.pattern("pattern", "the file name, as a regular expression over the name alone"));
  }

  @Override
  public void check(RuleContext ctx) {
    String pattern = ctx.options().string("pattern", null);
    if (ctx.file() == null || pattern == null) {
      return;
    }
    String name = PostFacts.of(ctx).fileName();
    if (name != null && !Patterns.of(pattern).matcher(name).matches()) {
      ctx.report(1, 1, "file name '" + name + "' does not match the profile's pattern " + pattern);
    }
  }
}
