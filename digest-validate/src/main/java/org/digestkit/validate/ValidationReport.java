package org.digestkit.validate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What validating one post found, sorted by position, with counts per severity.
 *
 * @param file the file the post was read from, or null
 * @param findings the findings in file order
 */
public record ValidationReport(@Nullable String file, List<Finding> findings) {
  /**
   * Checks the components and copies the lists.
   *
   *
   * @param file the file the post was read from, or null
   * @param findings the findings in file order
   */
  public ValidationReport {
    List<Finding> sorted = new ArrayList<>(Objects.requireNonNull(findings, "findings"));
    sorted.sort(Finding.IN_FILE_ORDER);
    findings = List.copyOf(sorted);
  }

  /**
   * {@return how many findings have the given severity}
   *
   * @param severity the severity
   */
  public int count(Severity severity) {
    int n = 0;
    for (Finding f : findings) {
      if (f.severity() == severity) {
        n++;
      }
    }
    return n;
  }

  /** {@return the count for every severity} */
  public Map<Severity, Integer> counts() {
    Map<Severity, Integer> out = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      out.put(s, count(s));
    }
    return out;
  }

  /**
   * {@return whether any finding is at least as severe as {@code threshold}}
   *
   * @param threshold the severity to compare with
   */
  public boolean hasAtLeast(Severity threshold) {
    for (Finding f : findings) {
      if (f.severity().isAtLeast(threshold)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@return the findings of one rule}
   *
   * @param ruleId the rule's id
   */
  public List<Finding> of(String ruleId) {
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings) {
      if (f.rule().equals(ruleId)) {
        out.add(f);
      }
    }
    return List.copyOf(out);
  }
}
