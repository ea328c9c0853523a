package org.digestkit.validate.rules;

import org.digestkit.validate.Severity;

/** A rule for one publisher's conventions: off unless a profile or configuration turns it on. */
abstract class ProfileRule extends BaseRule {
  ProfileRule(String id, Severity severity, String description) {
    super(id, severity, description);
  }

  @Override
  public final boolean enabledByDefault() {
    return false;
  }
}
