package org.digestkit.cli.report;

import java.util.List;
import java.util.Map;
import org.digestkit.validate.Finding;
import org.jspecify.annotations.Nullable;

/**
 * What checking one file gave: its findings, the source lines they point at (for carets), or the I/O error
 * that kept it from being checked.
 */
public record FileResult(String path, List<Finding> findings, Map<Integer, String> lines, @Nullable String error) {
  /** Copies {@code findings} and {@code lines}, so the result does not change. */
  public FileResult {
    findings = List.copyOf(findings);
    lines = Map.copyOf(lines);
  }
}
