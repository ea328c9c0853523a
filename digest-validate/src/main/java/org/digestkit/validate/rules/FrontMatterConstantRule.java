package org.digestkit.validate.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.digestkit.core.model.FrontMatter;
import org.digestkit.core.model.FrontMatterEntry;
import org.digestkit.validate.Severity;
import org.digestkit.validate.spi.RuleContext;
import org.digestkit.validate.spi.RuleOption;

/** Keys a publisher keeps constant have their configured values ({@code values: {tags: [AI, AI 日报]}}). */
public final class FrontMatterConstantRule extends ProfileRule {
  /** The rule with its id, default severity and description; {@link java.util.ServiceLoader} calls this. */
  public FrontMatterConstantRule() {
    super("front-matter-constant", Severity.WARNING, "keys the profile keeps constant have their configured values");
  }

  @Override
  public List<RuleOption> declaredOptions() {
    return List.of(RuleOption.stringLists("values", "front-matter keys and the values they must have"));
  }

  @Override
  public void check(RuleContext ctx) {
    FrontMatter fm = ctx.digest().frontMatter();
    for (Map.Entry<String, List<String>> e : ctx.options().stringLists("values").entrySet()) {
      Optional<FrontMatterEntry> entry = fm.entry(e.getKey());
      if (entry.isEmpty()) {
        continue; // front-matter-required reports missing keys
      }
      List<String> actual = fm.list(e.getKey());
      if (!actual.equals(e.getValue())) {
        ctx.report(entry.get().source().line(), entry.get().source().column(),
            "'" + e.getKey() + "' is " + actual + ", the profile expects " + e.getValue());
      }
    }
  }
}
