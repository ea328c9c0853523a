package org.digestkit.render.internal;

/**
 * Keeps commonmark-java's inline parser linear. Its delimiter and bracket processing is super-linear on some
 * inputs (the cmark "issue #389" pattern {@code *a _a*_ …}, repeated {@code ![[]()}: 38 s for 160 KB). A block of
 * Markdown with more emphasis delimiters or brackets than {@link #MAX_DELIMITERS} is not prose anyone wrote: its
 * {@code * _ [ ] !} are escaped, so it renders as the literal text it contains, in linear time. The largest real
 * block in the corpus has fewer than 200.
 */
public final class InlineGuard {
  /** The most emphasis delimiters and brackets one block may hold before its inline syntax is defused. */
  public static final int MAX_DELIMITERS = 2_000;

  private static final char[] DELIMITERS = {'*', '_', '[', ']'};

  private InlineGuard() {}

  /** {@code markdown} with every over-budget block (text between blank lines) defused. */
  public static String defuse(String markdown) {
    if (countAll(markdown) <= MAX_DELIMITERS) {
      return markdown;
    }
    StringBuilder out = new StringBuilder(markdown.length() + 1024);
    int start = 0;
    while (start < markdown.length()) {
      int end = markdown.indexOf("\n\n", start);
      end = end < 0 ? markdown.length() : end + 2;
      if (count(markdown, start, end) > MAX_DELIMITERS) {
        for (int i = start; i < end; i++) {
          char c = markdown.charAt(i);
          if (c == '*' || c == '_' || c == '[' || c == ']' || c == '!' || c == '`' || c == '<') {
            out.append('\\');
          }
          out.append(c);
        }
      } else {
        out.append(markdown, start, end);
      }
      start = end;
    }
    return out.toString();
  }

  /** The delimiters in the whole text, by vectorised {@code indexOf} scans (one per delimiter character). */
  private static int countAll(String s) {
    int n = 0;
    for (char c : DELIMITERS) {
      for (int at = s.indexOf(c); at >= 0 && n <= MAX_DELIMITERS; at = s.indexOf(c, at + 1)) {
        n++;
      }
    }
    return n;
  }

  /** The delimiters in {@code s[from, to)} (a scan that stays within the block). */
  private static int count(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '*' || c == '_' || c == '[' || c == ']') {
        n++;
      }
    }
    return n;
  }
}
