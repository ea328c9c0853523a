package org.digestkit.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts that {@code git apply} and {@code patch -p1} accept: hunks with three lines of
 * context before and after each change (hunks whose context would touch are merged), lines kept with their own
 * line endings (a CRLF file's diff applies to the CRLF file), and "\ No newline at end of file" where a text
 * does not end with one. The edit script is Myers' shortest one, between the common prefix and suffix; past
 * {@value #MAX_EDITS} edits the differing middle is shown as one replacement, so time stays bounded.
 */
final class Diff {
  private static final int CONTEXT = 3;
  private static final int MAX_EDITS = 1_000;

  private Diff() {}

  /** The diff from {@code before} to {@code after}, under {@code a/NAME} and {@code b/NAME}; empty when equal. */
  static String unified(String name, String before, String after) {
    List<String> a = lines(before);
    List<String> b = lines(after);
    List<Op> ops = script(a, b);
    StringBuilder out = new StringBuilder();
    int n = ops.size();
    int i = 0;
    while (i < n) {
      if (ops.get(i).kind == ' ') {
        i++;
        continue;
      }
      // a hunk: from CONTEXT lines before this change to CONTEXT lines after the last change closer than 2*CONTEXT
      int start = Math.max(0, i - CONTEXT);
      int end = i;
      int lastChange = i;
      while (end < n) {
        if (ops.get(end).kind != ' ') {
          lastChange = end;
        } else if (end - lastChange > 2 * CONTEXT) {
          break;
        }
        end++;
      }
      end = Math.min(n, lastChange + 1 + CONTEXT);
      int aStart = ops.get(start).aLine;
      int bStart = ops.get(start).bLine;
      int aCount = 0;
      int bCount = 0;
      for (int k = start; k < end; k++) {
        Op op = ops.get(k);
        aCount += op.kind == '+' ? 0 : 1;
        bCount += op.kind == '-' ? 0 : 1;
      }
      if (out.length() == 0) {
        out.append("--- a/").append(name).append('\n').append("+++ b/").append(name).append('\n');
      }
      out.append("@@ -").append(range(aStart, aCount)).append(" +").append(range(bStart, bCount)).append(" @@\n");
      for (int k = start; k < end; k++) {
        Op op = ops.get(k);
        out.append(op.kind).append(op.text);
        if (!endsWithLineBreak(op.text)) {
          out.append("\n\\ No newline at end of file\n");
        }
      }
      i = end;
    }
    return out.toString();
  }

  /** A hunk range: the first line (1-based) and the count; an empty range names the line before it. */
  private static String range(int start, int count) {
    return (count == 0 ? start : start + 1) + "," + count;
  }

  private static boolean endsWithLineBreak(String line) {
    return line.endsWith("\n") || line.endsWith("\r");
  }

  /** The lines of {@code text}, each with its line break (CRLF, LF or CR); the last may have none. */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
        lines.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      lines.add(text.substring(start));
    }
    return lines;
  }

  /** One line of the edit script: kept ({@code ' '}), removed or added, with its 0-based line in each text. */
  private record Op(char kind, String text, int aLine, int bLine) {}

  private static List<Op> script(List<String> a, List<String> b) {
    int prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
        && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
      suffix++;
    }
    List<Op> ops = new ArrayList<>();
    for (int k = 0; k < prefix; k++) {
      ops.add(new Op(' ', a.get(k), k, k));
    }
    List<String> am = a.subList(prefix, a.size() - suffix);
    List<String> bm = b.subList(prefix, b.size() - suffix);
    char[] middle = myers(am, bm);
    int x = 0;
    int y = 0;
    for (char kind : middle) {
      String text = kind == '+' ? bm.get(y) : am.get(x);
      ops.add(new Op(kind, text, prefix + x, prefix + y));
      x += kind == '+' ? 0 : 1;
      y += kind == '-' ? 0 : 1;
    }
    for (int k = 0; k < suffix; k++) {
      int ai = a.size() - suffix + k;
      int bi = b.size() - suffix + k;
      ops.add(new Op(' ', a.get(ai), ai, bi));
    }
    return ops;
  }

  /** Myers' shortest edit script as kinds in order, or all removals then all additions past MAX_EDITS. */
  private static char[] myers(List<String> a, List<String> b) {
    int n = a.size();
    int m = b.size();
    int max = Math.min(n + m, MAX_EDITS);
    int offset = max + 1;
    int[] v = new int[2 * max + 3];
    List<int[]> trace = new ArrayList<>();
    int found = -1;
    for (int d = 0; d <= max && found < 0; d++) {
      trace.add(v.clone());
      for (int k = -d; k <= d; k += 2) {
        int x = k == -d || k != d && v[offset + k - 1] < v[offset + k + 1] ? v[offset + k + 1] : v[offset + k - 1] + 1;
        int y = x - k;
        while (x < n && y < m && a.get(x).equals(b.get(y))) {
          x++;
          y++;
        }
        v[offset + k] = x;
        if (x >= n && y >= m) {
          found = d;
          break;
        }
      }
    }
    if (found < 0) {
      char[] all = new char[n + m];
      java.util.Arrays.fill(all, 0, n, '-');
      java.util.Arrays.fill(all, n, n + m, '+');
      return all;
    }
    // walk back through the saved frontiers
    char[] kinds = new char[n + m];
    int length = 0;
    int x = n;
    int y = m;
    for (int d = found; d > 0; d--) {
      int[] prev = trace.get(d);
      int k = x - y;
      boolean down = k == -d || k != d && prev[offset + k - 1] < prev[offset + k + 1];
      int prevK = down ? k + 1 : k - 1;
      int prevX = prev[offset + prevK];
      int prevY = prevX - prevK;
      while (x > prevX && y > prevY) {
        kinds[length++] = ' ';
        x--;
        y--;
      }
      kinds[length++] = down ? '+' : '-';
      x = prevX;
      y = prevY;
    }
    while (x > 0 && y > 0) {
      kinds[length++] = ' ';
      x--;
      y--;
    }
    char[] forward = new char[length];
    for (int i = 0; i < length; i++) {
      forward[i] = kinds[length - 1 - i];
    }
    return forward;
  }
}
