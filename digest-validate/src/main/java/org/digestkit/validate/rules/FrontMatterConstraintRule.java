package org.digestkit.validate.rules;

import java.util.List;
import java.util.Objects;
import org.digestkit.validate.Severity;
import org.digestkit.validate.internal.FrontMatterConstraints;
import org.digestkit.validate.spi.RuleContext;
import org.jspecify.annotations.Nullable;

/**
 * The front matter binds to the site's own type and meets its Bean Validation constraints. The type is given
 * with {@code DigestValidator.builder().frontMatter(Meta.class)}; without one the rule checks nothing.
 */
public final class FrontMatterConstraintRule extends BaseRule {
  /** The rule's id. */
  public static final String ID = "front-matter-constraint";

  private final @Nullable Class<?> type;
  private final Class<?>[] groups;

  /** The rule as discovered: no type, nothing to check. */
  public FrontMatterConstraintRule() {
    this(null);
  }

  /** The rule for {@code type}, validated in {@code groups} (none: the default group). */
  public FrontMatterConstraintRule(@Nullable Class<?> type, Class<?>... groups) {
    super(ID, Severity.ERROR, "the front matter binds to the site's type and meets its constraints");
    this.type = type;
    this.groups = groups.clone();
    for (Class<?> g : groups) {
      Objects.requireNonNull(g, "group");
    }
  }

  @Override
  public boolean appliesToAllPosts() {
    return true;
  }

  @Override
  public void check(RuleContext ctx) {
    if (type == null || !ctx.digest().frontMatter().present()) {
      return;
    }
    List<FrontMatterConstraints.Problem> problems =
        FrontMatterConstraints.bindAndCheck(ctx.digest().frontMatter(), type, groups);
    for (FrontMatterConstraints.Problem p : problems) {
      ctx.report(p.line(), p.column(), p.path().isEmpty() ? "front matter: " + p.message()
          : "front-matter key '" + p.key() + "' " + p.message());
    }
  }
}
