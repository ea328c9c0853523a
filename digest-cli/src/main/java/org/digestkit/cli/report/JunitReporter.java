package org.digestkit.cli.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.digestkit.validate.DigestValidator;
import org.digestkit.validate.Finding;
import org.digestkit.validate.Severity;

/**
 * JUnit XML: one test case per file, failing when the file has errors (warnings and infos are listed in the
 * case's output). Cases are buffered because the suite's header carries the totals.
 */
final class JunitReporter implements Reporter {
  private final Appendable out;
  private final List<String> cases = new ArrayList<>();
  private int failures;
  private int errors;

  JunitReporter(Appendable out) {
    this.out = out;
  }

  @Override
  public void begin(List<DigestValidator.ActiveRule> rules) {}

  @Override
  public void file(FileResult r) {
    StringBuilder c = new StringBuilder();
    c.append("    <testcase classname=\"digest.validate\" name=\"").append(xml(r.path())).append("\"");
    if (r.error() != null) {
      errors++;
      c.append(">\n      <error message=\"").append(xml(Escapes.shorten(r.error(), TextReporter.MESSAGE_MAX))).append("\"/>\n    </testcase>\n");
      cases.add(c.toString());
      return;
    }
    List<Finding> errs = r.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
    if (r.findings().isEmpty()) {
      c.append("/>\n");
      cases.add(c.toString());
      return;
    }
    c.append(">\n");
    if (!errs.isEmpty()) {
      failures++;
      c.append("      <failure message=\"").append(errs.size()).append(" error").append(errs.size() == 1 ? "" : "s")
          .append("\" type=\"").append(xml(errs.get(0).rule())).append("\">");
      for (Finding f : errs) {
        c.append(xml(line(r.path(), f))).append('\n');
      }
      c.append("</failure>\n");
    }
    List<Finding> others = r.findings().stream().filter(f -> f.severity() != Severity.ERROR).toList();
    if (!others.isEmpty()) {
      c.append("      <system-out>");
      for (Finding f : others) {
        c.append(xml(line(r.path(), f))).append('\n');
      }
      c.append("</system-out>\n");
    }
    c.append("    </testcase>\n");
    cases.add(c.toString());
  }

  private static String line(String path, Finding f) {
    return path + ":" + f.line() + ":" + f.column() + ": " + f.severity().label() + " " + f.rule() + " "
        + Escapes.shorten(f.message(), TextReporter.MESSAGE_MAX);
  }

  @Override
  public void end(Totals totals) throws IOException {
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.append("<testsuites>\n");
    out.append("  <testsuite name=\"digest validate\" tests=\"").append(Integer.toString(cases.size()))
        .append("\" failures=\"").append(Integer.toString(failures)).append("\" errors=\"")
        .append(Integer.toString(errors)).append("\" skipped=\"0\">\n");
    for (String c : cases) {
      out.append(c);
    }
    out.append("  </testsuite>\n</testsuites>\n");
  }

  /**
   * Escapes text for XML: what {@link Escapes#visible} escapes is shown as an escape (so every character
   * XML 1.0 forbids is gone), then the XML specials; U+FFFE and U+FFFF, also forbidden, are dropped.
   */
  static String xml(String text) {
    String s = Escapes.visible(text);
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        case '\uFFFE', '\uFFFF' -> { }
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
