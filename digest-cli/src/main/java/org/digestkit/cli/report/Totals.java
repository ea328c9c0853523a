package org.digestkit.cli.report;

import org.digestkit.validate.Finding;
import org.digestkit.validate.Severity;

/** Counts over a whole run. Mutable; owned by the thread that writes the report. */
public final class Totals {
  /** Files read, readable or not. */
  public int files;
  /** Readable files with at least one finding. */
  public int filesWithFindings;
  /** Findings of severity error. */
  public int errors;
  /** Findings of severity warning. */
  public int warnings;
  /** Findings of severity info. */
  public int infos;
  /** Files an I/O error kept from being checked. */
  public int unreadable;

  /** Adds one file's result. */
  public void add(FileResult r) {
    files++;
    if (r.error() != null) {
      unreadable++;
      return;
    }
    if (!r.findings().isEmpty()) {
      filesWithFindings++;
    }
    for (Finding f : r.findings()) {
      if (f.severity() == Severity.ERROR) {
        errors++;
      } else if (f.severity() == Severity.WARNING) {
        warnings++;
      } else {
        infos++;
      }
    }
  }
}
