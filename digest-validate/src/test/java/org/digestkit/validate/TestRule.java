package org.digestkit.validate;

import java.util.List;
import java.util.function.Consumer;
import org.digestkit.validate.spi.DigestRule;
import org.digestkit.validate.spi.RuleContext;
import org.digestkit.validate.spi.RuleOption;

/**
 * A rule made in a test: its id (also its description), the options it declares and what it checks; a warning,
 * run on every post.
 */
record TestRule(String id, List<RuleOption> declaredOptions, Consumer<RuleContext> checks) implements DigestRule {
  /** A rule without options. */
  static TestRule checking(String id, Consumer<RuleContext> checks) {
    return new TestRule(id, List.of(), checks);
  }

  /** A rule that declares {@code options} and finds nothing. */
  static TestRule declaring(String id, List<RuleOption> options) {
    return new TestRule(id, options, ctx -> { });
  }

  @Override
  public String description() {
    return id;
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public boolean appliesToAllPosts() {
    return true;
  }

  @Override
  public void check(RuleContext ctx) {
    checks.accept(ctx);
  }
}
