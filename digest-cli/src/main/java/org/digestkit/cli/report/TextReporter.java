package org.digestkit.cli.report;

import java.io.IOException;
import java.util.List;
import org.digestkit.validate.DigestValidator;
import org.digestkit.validate.Finding;
import org.digestkit.validate.Severity;

/**
 * {@code file:line:col: severity rule-id message}, then the source line (a window around the column when the
 * line is long) and a caret under the column (CJK and other wide characters count two columns), and a summary
 * line. Everything that comes from the post or the file system is escaped ({@link Escapes}); each finding
 * prints a few hundred bytes at most. Colour only when asked for (a terminal).
 */
final class TextReporter implements Reporter {
  private static final String RESET = "\u001b[0m";
  /** The most characters of a message shown: messages quote the post, which may hold anything. */
  static final int MESSAGE_MAX = 300;
  private final Appendable out;
  private final boolean color;

  TextReporter(Appendable out, boolean color) {
    this.out = out;
    this.color = color;
  }

  @Override
  public void begin(List<DigestValidator.ActiveRule> rules) {}

  @Override
  public void file(FileResult r) throws IOException {
    String path = Escapes.visible(r.path());
    if (r.error() != null) {
      out.append(path).append(": ").append(paint("error", "\u001b[31;1m")).append(' ')
          .append(Escapes.visible(Escapes.shorten(r.error(), MESSAGE_MAX))).append('\n');
      return;
    }
    for (Finding f : r.findings()) {
      out.append(path).append(':').append(Integer.toString(f.line())).append(':')
          .append(Integer.toString(f.column()));
      out.append(": ").append(paint(f.severity().label(), colorOf(f.severity()))).append(' ')
          .append(paint(Escapes.visible(f.rule()), "\u001b[2m")).append(' ')
          .append(Escapes.visible(Escapes.shorten(f.message(), MESSAGE_MAX))).append('\n');
      String line = r.lines().get(f.line());
      if (line != null) {
        Excerpt excerpt = Excerpt.of(line, f.column());
        out.append("  ").append(excerpt.text()).append('\n');
        out.append("  ").append(" ".repeat(excerpt.caret())).append(paint("^", colorOf(f.severity()))).append('\n');
      }
    }
  }

  @Override
  public void end(Totals t) throws IOException {
    out.append(String.format("%d error%s, %d warning%s, %d info in %d of %d file%s%s%n", t.errors,
        t.errors == 1 ? "" : "s", t.warnings, t.warnings == 1 ? "" : "s", t.infos, t.filesWithFindings, t.files,
        t.files == 1 ? "" : "s", t.unreadable > 0 ? " (" + t.unreadable + " unreadable)" : ""));
  }

  private String paint(String s, String code) {
    return color ? code + s + RESET : s;
  }

  private static String colorOf(Severity s) {
    return switch (s) {
      case ERROR -> "\u001b[31;1m";
      case WARNING -> "\u001b[33;1m";
      case INFO -> "\u001b[36m";
    };
  }

  /** The display width of the first {@code chars} UTF-16 units of {@code s}. */
  static int width(String s, int chars) {
    int w = 0;
    int end = Math.min(chars, s.length());
    for (int i = 0; i < end; ) {
      int cp = s.codePointAt(i);
      w += isWide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return w;
  }

  /** East Asian wide and fullwidth characters. */
  static boolean isWide(int cp) {
    return cp >= 0x1100 && cp <= 0x115F || cp >= 0x2E80 && cp <= 0x303E || cp >= 0x3041 && cp <= 0x33FF
        || cp >= 0x3400 && cp <= 0x4DBF || cp >= 0x4E00 && cp <= 0x9FFF || cp >= 0xA000 && cp <= 0xA4CF
        || cp >= 0xAC00 && cp <= 0xD7A3 || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE30 && cp <= 0xFE4F
        || cp >= 0xFF00 && cp <= 0xFF60 || cp >= 0xFFE0 && cp <= 0xFFE6 || cp >= 0x1F300 && cp <= 0x1F64F
        || cp >= 0x1F900 && cp <= 0x1F9FF || cp >= 0x20000 && cp <= 0x3FFFD;
  }
}
