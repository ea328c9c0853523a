package org.digestkit.cli;

/** A minimal unified diff of two texts: the one changed region per hunk, with three lines of context. */
final class Diff {
  private Diff() {}

  static String unified(String name, String before, String after) {
    String[] a = before.split("\r\n|\r|\n", -1);
    String[] b = after.split("\r\n|\r|\n", -1);
    StringBuilder out = new StringBuilder("--- a/" + name + "\n+++ b/" + name + "\n");
    int i = 0;
    int j = 0;
    while (i < a.length || j < b.length) {
      if (i < a.length && j < b.length && a[i].equals(b[j])) {
        i++;
        j++;
        continue;
      }
      // find where the texts meet again (files here differ by line-local edits, so look a short way ahead)
      int ai = i;
      int bj = j;
      search:
      for (int span = 1; span <= 200; span++) {
        for (int da = 0; da <= span; da++) {
          int db = span - da;
          if (i + da <= a.length && j + db <= b.length && (i + da == a.length && j + db == b.length
              || i + da < a.length && j + db < b.length && a[i + da].equals(b[j + db]))) {
            ai = i + da;
            bj = j + db;
            break search;
          }
        }
      }
      if (ai == i && bj == j) {
        ai = a.length;
        bj = b.length;
      }
      int ctx = Math.max(0, i - 3);
      out.append("@@ -").append(ctx + 1).append(',').append(ai - ctx).append(" +").append(j - (i - ctx) + 1)
          .append(',').append(bj - (j - (i - ctx))).append(" @@\n");
      for (int k = ctx; k < i; k++) {
        out.append(' ').append(a[k]).append('\n');
      }
      for (int k = i; k < ai; k++) {
        out.append('-').append(a[k]).append('\n');
      }
      for (int k = j; k < bj; k++) {
        out.append('+').append(b[k]).append('\n');
      }
      i = ai;
      j = bj;
    }
    return out.toString();
  }
}
