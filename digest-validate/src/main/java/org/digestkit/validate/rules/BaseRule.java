package org.digestkit.validate.rules;

import org.digestkit.validate.Severity;
import org.digestkit.validate.spi.DigestRule;

/** The common part of the built-in rules: id, description and default severity as fields. */
abstract class BaseRule implements DigestRule {
  private final String id;
  private final Severity severity;
  private final String description;

  BaseRule(String id, Severity severity, String description) {
    this.id = id;
    this.severity = severity;
    this.description = description;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final String description() {
    return description;
  }

  @Override
  public final Severity defaultSeverity() {
    return severity;
  }
}
