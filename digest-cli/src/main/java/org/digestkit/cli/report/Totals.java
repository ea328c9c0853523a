package org.digestkit.cli.report;

import org.digestkit.validate.Finding;
import org.digestkit.validate.Severity;

/** Counts over a whole run. Mutable; owned by the thread that writes the report. */
public final class Totals {
  public int files;
  public int filesWithFindings;
  public int errors;
  public int warnings;
  public int infos;
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
