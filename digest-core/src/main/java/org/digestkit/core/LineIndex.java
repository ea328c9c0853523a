package org.digestkit.core;

import java.util.Arrays;
import org.digestkit.core.internal.Lines;

/**
 * Where each line of a parsed text starts, as the parser found them: line breaks are {@code \n}, {@code \r\n}
 * and {@code \r}, the first line starts at 0, and a text ending with a line break has an empty last line.
 * Offsets are into the text without its byte order mark. Tools that turn offsets into lines and columns
 * (validators, editors) use it instead of reading the text again. Immutable.
 */
public final class LineIndex {
  private final int[] starts;

  private LineIndex(int[] starts) {
    this.starts = starts;
  }

  /**
   * {@return the index of a text, found by reading it (the parser hands out the one it made while parsing)}
   *
   * @param text the text
   */
  public static LineIndex of(String text) {
    return new LineIndex(new Lines(text).starts());
  }

  /** The index of the lines the parser read a text as. */
  static LineIndex of(Lines lines) {
    return new LineIndex(lines.starts());
  }

  /** {@return the number of lines} */
  public int count() {
    return starts.length;
  }

  /**
   * {@return the offset of the first character of line {@code line}}
   *
   * @param line the 0-based line, below {@link #count()} (so the 1-based number of a line gives the start of the
   *     line after it)
   */
  public int start(int line) {
    return starts[line];
  }

  /**
   * {@return the 0-based line holding {@code offset} (offsets past the end are on the last line)}
   *
   * @param offset an offset in the text
   */
  public int lineOf(int offset) {
    int idx = Arrays.binarySearch(starts, offset);
    return idx >= 0 ? idx : -idx - 2;
  }

  /** {@return the line starts, ascending, as a new array} */
  public int[] toArray() {
    return starts.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LineIndex other && Arrays.equals(starts, other.starts);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(starts);
  }

  @Override
  public String toString() {
    return "LineIndex" + Arrays.toString(starts);
  }
}
