package org.digestkit.cli;

/** The exit codes of every command. */
public final class ExitCodes {
  private ExitCodes() {}

  /** Nothing at or above the failure threshold; nothing would change. */
  public static final int OK = 0;
  /** Findings at or above {@code --fail-on}, or files that {@code --check} would change. */
  public static final int FINDINGS = 1;
  /**
   * Bad usage, unreadable files, files that cannot be written, and posts left alone: one that does not parse, or
   * one that {@code fmt} or {@code convert} cannot write without changing what it means (as gofmt and Prettier
   * exit 2 for a file they cannot format: running the command again would not help).
   */
  public static final int ERROR = 2;
}
