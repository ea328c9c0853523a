package org.digestkit.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The front-matter summary read as headline entries, whichever shape it has ({@link SummaryShape}).
 *
 * @param text the decoded summary string
 * @param shape how it is written
 * @param entries its headlines, each with its position in the file
 */
public record Summary(String text, SummaryShape shape, List<SummaryEntry> entries) {
  /**
   * Checks the components and copies the lists.
   *
   *
   * @param text the decoded summary string
   * @param shape how it is written
   * @param entries its headlines, each with its position in the file
   */
  public Summary {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(shape, "shape");
    entries = List.copyOf(entries);
  }

  /**
   * {@return the summary text for bullet entries, as the canonical writer emits it: {@code - a\n- b}}
   *
   * @param headlines the headlines
   */
  public static String bulletText(List<String> headlines) {
    StringBuilder out = new StringBuilder();
    for (String h : headlines) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append("- ").append(h.replace('\n', ' ').strip());
    }
    return out.toString();
  }

  /**
   * Reads a summary string. Positions are computed from the entry's source: {@code locator} maps an index in
   * the decoded text to a line and column in the file (or returns null when unknown).
   *
   * @param text the text
   * @param locator maps an index in the decoded text to a line and column in the file
   * @return the summary with its shape and entries
   */
  public static Summary read(String text, Locator locator) {
    List<SummaryEntry> entries = new ArrayList<>();
    if (text.isBlank()) {
      return new Summary(text, SummaryShape.EMPTY, entries);
    }
    // the lines as split("\n", -1) gives them, without copying them out: line i is [starts[i], starts[i + 1] - 1)
    int[] starts = lineStarts(text);
    int lines = starts.length - 1;
    boolean multiLine = lines > 1;
    boolean allBullets = true;
    for (int i = 0; i < lines && allBullets; i++) {
      int from = starts[i];
      int to = starts[i + 1] - 1;
      boolean bullet = to - from >= 2 && (text.startsWith("- ", from) || text.startsWith("* ", from));
      if (!bullet && !isBlank(text, from, to)) {
        allBullets = false;
      }
    }
    SummaryShape shape;
    if (allBullets) {
      shape = SummaryShape.BULLETS;
    } else if (multiLine) {
      shape = SummaryShape.LINES;
    } else if (text.contains("；")) {
      shape = SummaryShape.SEMICOLONS;
    } else {
      shape = SummaryShape.PROSE;
    }
    if (shape == SummaryShape.SEMICOLONS) {
      int start = 0;
      while (start < text.length()) {
        int end = text.indexOf('；', start);
        if (end < 0) {
          end = text.length();
        }
        add(entries, text, start, end, locator);
        start = end + 1;
      }
    } else if (shape == SummaryShape.PROSE) {
      add(entries, text, 0, text.length(), locator);
    } else {
      for (int i = 0; i < lines; i++) {
        int from = starts[i];
        int to = starts[i + 1] - 1;
        add(entries, text, shape == SummaryShape.BULLETS && to - from >= 2 ? from + 2 : from, to, locator);
      }
    }
    return new Summary(text, shape, entries);
  }

  /** 0, the offset after each {@code \n}, and {@code text.length() + 1}: the bounds of the lines. */
  private static int[] lineStarts(String text) {
    int[] starts = new int[8];
    int n = 0;
    starts[n++] = 0;
    for (int i = text.indexOf('\n'); ; i = text.indexOf('\n', i + 1)) {
      if (n == starts.length) {
        starts = java.util.Arrays.copyOf(starts, n * 2);
      }
      if (i < 0) {
        starts[n++] = text.length() + 1;
        return java.util.Arrays.copyOf(starts, n);
      }
      starts[n++] = i + 1;
    }
  }

  /** {@link String#isBlank} of {@code text[from, to)}. */
  private static boolean isBlank(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static void add(List<SummaryEntry> out, String text, int start, int end, Locator locator) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (start >= end) {
      return;
    }
    int[] pos = locator.locate(start);
    out.add(new SummaryEntry(text.substring(start, end), pos == null ? 0 : pos[0], pos == null ? 0 : pos[1]));
  }

  /** Maps an index in the decoded summary text to {@code {line, column}} in the file. */
  @FunctionalInterface
  public interface Locator {
    /**
     * {@return the 1-based line and column of the decoded character at {@code index}, or null if unknown}
     *
     * @param index the index
     */
    int[] locate(int index);
  }
}
