package org.digestkit.core.internal;

import java.util.Arrays;

/**
 * The lines of a text: where each starts, where its content ends and where its line break ends. Line breaks
 * are {@code \n}, {@code \r\n} and a lone {@code \r}, as in CommonMark, so line numbers agree with
 * commonmark-java's.
 */
public final class Lines {
  private final String text;
  private int[] starts;
  private int[] contentEnds;
  private int count;

  /** The lines of {@code text}, indexed now. */
  public Lines(String text) {
    this.text = text;
    int n = text.length();
    int estimate = Math.max(16, n / 40);
    starts = new int[estimate];
    contentEnds = new int[estimate];
    int start = 0;
    if (text.indexOf('\r') < 0) {
      // the usual case: LF only, found with the JDK's vectorised indexOf
      int nl;
      while ((nl = text.indexOf('\n', start)) >= 0) {
        add(start, nl);
        start = nl + 1;
      }
    } else {
      for (int i = 0; i < n; i++) {
        char c = text.charAt(i);
        if (c == '\n' || c == '\r') {
          add(start, i);
          if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
            i++;
          }
          start = i + 1;
        }
      }
    }
    add(start, n);
  }

  private void add(int start, int contentEnd) {
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, count * 2);
      contentEnds = Arrays.copyOf(contentEnds, count * 2);
    }
    starts[count] = start;
    contentEnds[count] = contentEnd;
    count++;
  }

  /** The text the lines are of. */
  public String text() {
    return text;
  }

  /** The number of lines (a text ending with a line break has an empty last line). */
  public int count() {
    return count;
  }

  /** The offset of each line's first char, in a new array of {@link #count} elements. */
  public int[] starts() {
    return Arrays.copyOf(starts, count);
  }

  /** Offset of the first char of line {@code i} (0-based). */
  public int start(int i) {
    return starts[i];
  }

  /** Offset just after the content of line {@code i}, before its line break. */
  public int contentEnd(int i) {
    return contentEnds[i];
  }

  /** The content of line {@code i}, without its line break. */
  public String line(int i) {
    return text.substring(starts[i], contentEnds[i]);
  }

  /** Whether line {@code i} holds only whitespace. */
  public boolean isBlank(int i) {
    for (int p = starts[i]; p < contentEnds[i]; p++) {
      char c = text.charAt(p);
      if (c != ' ' && c != '\t') {
        return false;
      }
    }
    return true;
  }

  /** The 0-based line holding {@code offset}. */
  public int lineOf(int offset) {
    int idx = Arrays.binarySearch(starts, 0, count, offset);
    return idx >= 0 ? idx : -idx - 2;
  }

  /** The first line break used in the text, or {@code \n} when it has none. */
  public String lineSeparator() {
    for (int i = 0; i < count - 1; i++) {
      int end = contentEnds[i];
      if (text.charAt(end) == '\r') {
        return end + 1 < text.length() && text.charAt(end + 1) == '\n' ? "\r\n" : "\r";
      }
      return "\n";
    }
    return "\n";
  }
}
