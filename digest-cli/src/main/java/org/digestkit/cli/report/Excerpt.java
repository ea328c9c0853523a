package org.digestkit.cli.report;

/**
 * The part of a source line shown under a finding, escaped for the terminal, and where the caret goes: a
 * window of at most {@link #WINDOW} characters around the column, so that a finding on a line of any length
 * prints a line of bounded length.
 *
 * @param text the shown text, escaped, with {@code …} where the line was cut
 * @param caret the display column (0-based, wide characters counting two) of the finding within {@code text}
 */
record Excerpt(String text, int caret) {
  /** The most characters of the source line shown. */
  static final int WINDOW = 100;
  /** How many of them come before the column when the line is cut. */
  private static final int BEFORE = 40;

  /** The excerpt of {@code source} line around the 1-based UTF-16 {@code column} (clamped to the line); tabs show as spaces. */
  static Excerpt of(String source, int column) {
    String line = source.replace('\t', ' ');
    int at = Math.max(0, Math.min(column - 1, line.length()));
    int from = 0;
    int to = line.length();
    if (line.length() > WINDOW) {
      from = Math.max(0, Math.min(at - BEFORE, line.length() - WINDOW));
      to = Math.min(line.length(), from + WINDOW);
      from = pairStart(line, from);
      to = pairStart(line, to);
    }
    String lead = from > 0 ? "…" : "";
    String before = lead + Escapes.visible(line.substring(from, at));
    String after = Escapes.visible(line.substring(at, to)) + (to < line.length() ? "…" : "");
    return new Excerpt(before + after, TextReporter.width(before, before.length()));
  }

  /** {@code i}, or one less when it would split a surrogate pair. */
  private static int pairStart(String s, int i) {
    return i > 0 && i < s.length() && Character.isLowSurrogate(s.charAt(i)) && Character.isHighSurrogate(
        s.charAt(i - 1)) ? i - 1 : i;
  }
}
