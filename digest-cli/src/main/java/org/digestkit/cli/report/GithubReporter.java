package org.digestkit.cli.report;

import java.io.IOException;
import java.util.List;
import org.digestkit.validate.DigestValidator;
import org.digestkit.validate.Finding;

/** GitHub Actions workflow commands: {@code ::error file=…,line=…,col=…,title=rule-id::message}. */
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
          .append(data(r.error())).append('\n');
    }
    for (Finding f : r.findings()) {
      String command = switch (f.severity()) {
        case ERROR -> "error";
        case WARNING -> "warning";
        case INFO -> "notice";
      };
      out.append("::").append(command).append(" file=").append(property(r.path()));
      if (f.line() > 0) {
        out.append(",line=").append(Integer.toString(f.line())).append(",col=").append(Integer.toString(f.column()));
      }
      out.append(",title=").append(property(f.rule())).append("::").append(data(f.message())).append('\n');
    }
  }

  @Override
  public void end(Totals totals) {}

  /** Escapes a message as GitHub's toolkit does. */
  static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escapes a property value as GitHub's toolkit does. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
