package org.digestkit.validate.internal;

/** Levenshtein distance, for "did you mean" suggestions and garbled labels. */
public final class EditDistance {
  private EditDistance() {}

  /**
   * The number of single-character insertions, deletions and substitutions that turn {@code a} into {@code b};
   * more than {@code max} when the lengths alone differ by more than {@code max} (then not computed).
   */
  public static int between(String a, String b, int max) {
    if (Math.abs(a.length() - b.length()) > max) {
      return max + 1 + Math.abs(a.length() - b.length());
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
