package org.digestkit.examples;

import java.util.List;
import org.digestkit.core.model.Item;
import org.digestkit.validate.Severity;
import org.digestkit.validate.spi.DigestRule;
import org.digestkit.validate.spi.RuleContext;
import org.digestkit.validate.spi.RuleOption;

/**
 * A third-party rule, as docs/WRITING-RULES.md builds it: every news item's headline is at most {@code max}
 * characters long (default 60), counted as a reader sees the headline (without link syntax). Registered in
 * {@code META-INF/services/org.digestkit.validate.spi.DigestRule}; configured in {@code .digestkit.yaml}:
 *
 * <pre>{@code
 * rules:
 *   example-headline-length: { severity: error, max: 40 }
 * }</pre>
 */
public final class HeadlineLengthRule implements DigestRule {
  /** The rule's id. */
  public static final String ID = "example-headline-length";

  private static final int DEFAULT_MAX = 60;

  /** The rule, as the service loader makes it. */
  public HeadlineLengthRule() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "every news item's headline is at most max characters long (default " + DEFAULT_MAX + ")";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public List<RuleOption> declaredOptions() {
    return List.of(RuleOption.integer("max", 1, 1_000, "the most characters a headline may have (default "
        + DEFAULT_MAX + ")"));
  }

  @Override
  public void check(RuleContext context) {
    int max = context.options().integer("max", DEFAULT_MAX);
    for (Item item : context.digest().items()) {
      String headline = item.headline();
      int length = headline.codePointCount(0, headline.length());
      if (length > max) {
        context.report(item.heading().source().line(), item.heading().source().column(),
            "headline has " + length + " characters (at most " + max + ")");
      }
    }
  }
}
