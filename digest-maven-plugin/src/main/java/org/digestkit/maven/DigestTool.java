package org.digestkit.maven;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.digestkit.cli.Main;

/**
 * The {@code digest} command, run in this JVM. The goals translate their parameters into its arguments, so a
 * build and a terminal check posts with one engine and give the same results.
 */
final class DigestTool {

  private DigestTool() {}

  /** What one run printed, and its exit code (0 clean, 1 findings or files to format, 2 usage or I/O error). */
  record Run(int exitCode, List<String> out, List<String> err) {}

  static Run run(List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code;
    try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
      code = Main.run(args.toArray(String[]::new), o, e);
    }
    return new Run(code, lines(out.toString()), lines(err.toString()));
  }

  private static List<String> lines(String text) {
    return text.isEmpty() ? List.of() : List.of(text.split("\r?\n"));
  }
}
