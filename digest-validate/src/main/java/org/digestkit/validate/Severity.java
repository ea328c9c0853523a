package org.digestkit.validate;

import java.util.Locale;

/** How bad a finding is. Ordered from most to least severe. */
public enum Severity {
  /** A real defect: fails the build by default. */
  ERROR,
  /** An anomaly that is sometimes legitimate. */
  WARNING,
  /** A style variant worth knowing about. */
  INFO;

  /** {@return the lower-case name used in configuration and output ({@code error}, {@code warning}, {@code info})} */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * {@return whether this severity is at least as severe as {@code threshold}}
   *
   * @param threshold the severity to compare with
   */
  public boolean isAtLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }

  /**
   * Reads {@code error}, {@code warning} (or {@code warn}) and {@code info}.
   *
   * @param text the text
   * @return the severity
   */
  public static Severity of(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    return switch (t) {
      case "error" -> ERROR;
      case "warning", "warn" -> WARNING;
      case "info" -> INFO;
      default -> throw new IllegalArgumentException("unknown severity '" + text + "' (error, warning or info)");
    };
  }
}
