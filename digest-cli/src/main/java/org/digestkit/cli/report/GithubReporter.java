package org.digestkit.cli.report;

import java.io.IOException;
import java.util.List;
import org.digestkit.validate.DigestValidator;
import org.digestkit.validate.Finding;

/**
 * GitHub Actions workflow commands: {@code ::error file=…,line=…,col=…,title=rule-id::message}, one line per
 * finding whatever the post holds.
 */
final class GithubReporter implements Reporter {
  private final Appendable out;

  GithubReporter(Appendable out) {
    this.out = out;
  }

  @Override
  public void begin(List<DigestValidator.ActiveRule> rules) {}

  @Override
  public void file(FileResult r) throws IOException {
    if (r.error() != null) {
      out.append("::error file=").append(property(r.path())).append(",title=io-error::")
          .append(data(Escapes.shorten(r.error(), TextReporter.MESSAGE_MAX))).append('\n');
    }
    for (Finding f : r.findings()) {
      String command = switch (f.severity()) {
        case ERROR -> "error";
        case WARNING -> "warning";
        case INFO -> "notice";
      };
      out.append("::").append(command).append(" file=").append(property(r.path()))
          .append(",line=").append(Integer.toString(f.line())).append(",col=").append(Integer.toString(f.column()));
      out.append(",title=").append(property(f.rule())).append("::")
          .append(data(Escapes.shorten(f.message(), TextReporter.MESSAGE_MAX))).append('\n');
    }
  }

  @Override
  public void end(Totals totals) {}

  /**
   * Escapes a message: controls, line breaks and bidi controls made visible ({@link Escapes}), then GitHub's
   * own escapes, so that nothing from a post can end the command or start another one.
   */
  static String data(String s) {
    return Escapes.visible(s).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escapes a property value as GitHub's toolkit does. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
