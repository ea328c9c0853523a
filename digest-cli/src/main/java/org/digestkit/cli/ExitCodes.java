package org.digestkit.cli;

/** The exit codes of every command. */
public final class ExitCodes {
  private ExitCodes() {}

  /** Nothing at or above the failure threshold; nothing would change. */
  public static final int OK = 0;
  /** Findings at or above {@code --fail-on}, or files that {@code --check} would change. */
  public static final int FINDINGS = 1;
  /** Bad usage, unreadable files, files that cannot be written. */
  public static final int ERROR = 2;
}
