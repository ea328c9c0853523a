package org.digestkit.validate;

import java.util.LinkedHashMap;
import java.util.Map;
import org.digestkit.validate.spi.RuleOptions;
import org.jspecify.annotations.Nullable;

/**
 * How configuration sets one rule: on or off (null: the rule's default), its severity (null: default), options.
 */
public record RuleSetting(@Nullable Boolean enabled, @Nullable Severity severity, RuleOptions options) {

  /** Nothing set. */
  public static final RuleSetting DEFAULT = new RuleSetting(null, null, RuleOptions.NONE);

  /**
   * {@return this setting with {@code over}'s values taking precedence where set; options are merged key by key}
   *
   * @param over the setting that takes precedence
   */
  public RuleSetting overriddenBy(RuleSetting over) {
    Map<String, Object> merged = new LinkedHashMap<>(options.asMap());
    merged.putAll(over.options.asMap());
    return new RuleSetting(over.enabled != null ? over.enabled : enabled,
        over.severity != null ? over.severity : severity, new RuleOptions(merged));
  }
}
