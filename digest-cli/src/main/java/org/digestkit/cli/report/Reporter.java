package org.digestkit.cli.report;

import java.io.IOException;
import java.util.List;
import org.digestkit.validate.DigestValidator;

/** Writes validation results in one output format, file by file, in the order given. */
public interface Reporter {

  /** Before the first file; {@code rules} are the rules in force. */
  void begin(List<DigestValidator.ActiveRule> rules) throws IOException;

  /** One file's result. */
  void file(FileResult result) throws IOException;

  /** After the last file. */
  void end(Totals totals) throws IOException;

  /** The reporter for a {@code --format} name. */
  static Reporter forFormat(String format, Appendable out, boolean color) {
    return switch (format) {
      case "text" -> new TextReporter(out, color);
      case "json" -> new JsonReporter(out);
      case "sarif" -> new SarifReporter(out);
      case "github" -> new GithubReporter(out);
      case "junit" -> new JunitReporter(out);
      default -> throw new IllegalArgumentException("unknown format '" + format
          + "' (text, json, sarif, github, junit)");
    };
  }
}
