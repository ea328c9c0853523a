package org.digestkit.validate.rules;

import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.digestkit.core.model.FrontMatter;
import org.digestkit.core.model.FrontMatterEntry;
import org.digestkit.validate.Severity;
import org.digestkit.validate.internal.BeanValidation;
import org.digestkit.validate.internal.FrontMatterFields;
import org.digestkit.validate.spi.RuleContext;
import org.digestkit.validate.spi.RuleOption;

/** Required front-matter keys are present and not empty (Bean Validation, one group per key). */
public final class FrontMatterRequiredRule extends BaseRule {
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
        missing(ctx, fm, key);
      }
    }
    if (groups.isEmpty() || FrontMatterFields.hasAll(fm, groups)) {
      return; // nothing can fail: Hibernate Validator is not bootstrapped for clean posts
    }
    Set<ConstraintViolation<FrontMatterFields>> violations =
        BeanValidation.validator().validate(FrontMatterFields.of(fm), groups.toArray(new Class<?>[0]));
    List<ConstraintViolation<FrontMatterFields>> sorted = new ArrayList<>(violations);
    sorted.sort((a, b) -> Integer.compare(keys.indexOf(a.getPropertyPath().toString()),
        keys.indexOf(b.getPropertyPath().toString())));
    for (ConstraintViolation<FrontMatterFields> v : sorted) {
      String key = v.getPropertyPath().toString();
      Optional<FrontMatterEntry> entry = fm.entry(key);
      if (entry.isPresent()) {
        ctx.report(entry.get().source().line(), entry.get().source().column(),
            "front-matter key '" + key + "' " + v.getMessage());
      } else {
        missing(ctx, fm, key);
      }
    }
  }

  private static void missing(RuleContext ctx, FrontMatter fm, String key) {
    int line = fm.present() ? fm.openFence().line() : 1;
    ctx.report(Math.max(1, line), 1, "front-matter key '" + key + "' is missing");
  }
}
