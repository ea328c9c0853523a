package org.digestkit.validate.rules;

import java.util.ArrayList;
import java.util.List;
import org.digestkit.core.model.FrontMatter;
import org.digestkit.validate.Severity;
import org.digestkit.validate.internal.FrontMatterConstraints;
import org.digestkit.validate.internal.FrontMatterFields;
import org.digestkit.validate.spi.RuleContext;
import org.digestkit.validate.spi.RuleOption;

/**
 * Required front-matter keys are present and not empty: constraints on digestkit's own front-matter type
 * ({@link FrontMatterFields}, one validation group per key), checked like a site's own type.
 */
public final class FrontMatterRequiredRule extends BaseRule {
  /** The rule with its id, default severity and description; {@link java.util.ServiceLoader} calls this. */
  public FrontMatterRequiredRule() {
    super("front-matter-required", Severity.ERROR, "required front-matter keys are present and not empty");
  }

  @Override
  public List<RuleOption> declaredOptions() {
    return List.of(RuleOption.strings("keys", "the front-matter keys every post must have (default [title, date])"));
  }

  @Override
  public void check(RuleContext ctx) {
    FrontMatter fm = ctx.digest().frontMatter();
    List<String> keys = ctx.options().strings("keys", List.of("title", "date"));
    List<Class<?>> groups = new ArrayList<>();
    for (String key : keys) {
      Class<?> group = FrontMatterFields.requiredGroup(key);
      if (group != null) {
        groups.add(group);
      } else if (fm.entry(key).isEmpty()) {
        FrontMatter.KeyPosition at = fm.start();
        ctx.report(at.line(), at.column(), "front-matter key '" + key + "' is missing");
      }
    }
    if (groups.isEmpty() || FrontMatterFields.hasAll(fm, groups)) {
      return; // nothing can fail: Hibernate Validator is not bootstrapped for clean posts
    }
    List<FrontMatterConstraints.Problem> problems =
        FrontMatterConstraints.check(fm, FrontMatterFields.of(fm), groups.toArray(new Class<?>[0]));
    List<FrontMatterConstraints.Problem> sorted = new ArrayList<>(problems);
    sorted.sort((a, b) -> Integer.compare(keys.indexOf(a.key()), keys.indexOf(b.key())));
    for (FrontMatterConstraints.Problem p : sorted) {
      ctx.report(p.line(), p.column(), "front-matter key '" + p.key() + "' " + p.message());
    }
  }
}
