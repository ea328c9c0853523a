package org.digestkit.validate.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.digestkit.core.Digest;
import org.digestkit.core.model.Item;
import org.digestkit.core.model.MoreEntry;

/**
 * Matches summary entries against a post's headlines in mixed Chinese and Latin text. Tokens are lower-case
 * Latin/digit words of two or more characters plus CJK character bigrams; two texts match by the overlap
 * coefficient |A∩B| / min(|A|, |B|), which suits a short paraphrase of a longer headline.
 */
public final class SummaryMatcher {

  /** A headline the summary can point at: an item or a one-line entry, with its token codes. */
  public record Target(String text, int[] codes, boolean item, int index) {}

  private final List<Target> targets;
  private final String body;
  private int[] bodyTable;
  private final int itemCount;

  private SummaryMatcher(List<Target> targets, String body, int itemCount) {
    this.targets = targets;
    this.body = body;
    this.itemCount = itemCount;
  }

  /** The matcher for one post: its news items, its entries and the tokens of its whole body. */
  public static SummaryMatcher of(Digest digest, List<Item> items, String text) {
    List<Target> targets = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      targets.add(new Target(items.get(i).headline(), codes(items.get(i).headline()), true, i));
    }
    List<MoreEntry> entries = digest.moreEntries();
    for (int i = 0; i < entries.size(); i++) {
      String t = entries.get(i).plainTitle();
      targets.add(new Target(t, codes(t), false, i));
    }
    int bodyStart = 0;
    if (digest.frontMatter().present()) {
      int close = text.indexOf("\n---", 3);
      bodyStart = close < 0 ? 0 : close + 4;
    }
    return new SummaryMatcher(targets, text.substring(bodyStart), items.size());
  }

  /** The tokens of a text. */
  public static Set<String> tokens(String text) {
    Set<String> out = new HashSet<>();
    String s = text.toLowerCase(Locale.ROOT);
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (isLatin(c)) {
        int j = i;
        while (j < n && isLatin(s.charAt(j))) {
          j++;
        }
        if (j - i >= 2) {
          out.add(s.substring(i, j));
        }
        i = j;
      } else if (isCjk(c)) {
        if (i + 1 < n && isCjk(s.charAt(i + 1))) {
          out.add(s.substring(i, i + 2));
        }
        i++;
      } else {
        i++;
      }
    }
    return out;
  }

  /**
   * The tokens of a text as sorted, distinct int codes: a CJK bigram is its two chars packed exactly; a Latin
   * word is its hash with the top bit set (so the two kinds never meet). Equivalent to {@link #tokens} for
   * overlap counting, without a String or a set per token.
   */
  public static int[] codes(String text) {
    int[] codes = unsortedCodes(text, false);
    java.util.Arrays.sort(codes);
    int d = 0;
    for (int x = 0; x < codes.length; x++) {
      if (x == 0 || codes[x] != codes[x - 1]) {
        codes[d++] = codes[x];
      }
    }
    return java.util.Arrays.copyOf(codes, d);
  }

  /** Token codes in text order; with {@code skipUrls}, link destinations and bare URLs are left out. */
  private static int[] unsortedCodes(String text, boolean skipUrls) {
    int n = text.length();
    int[] out = new int[Math.max(4, n)];
    int k = 0;
    int i = 0;
    while (i < n) {
      char c = lower(text.charAt(i));
      if (skipUrls && (c == ']' && i + 1 < n && text.charAt(i + 1) == '(' || c == 'h' && text.startsWith("http", i)
          && (text.startsWith("://", i + 4) || text.startsWith("s://", i + 4)))) {
        int j = i + 1;
        while (j < n && text.charAt(j) != ')' && !Character.isWhitespace(text.charAt(j))) {
          j++;
        }
        i = j;
        continue;
      }
      if (isLatin(c)) {
        int j = i;
        int h = 0;
        while (j < n && isLatin(lower(text.charAt(j)))) {
          h = 31 * h + lower(text.charAt(j));
          j++;
        }
        if (j - i >= 2) {
          out[k++] = h | 0x80000000;
        }
        i = j;
      } else if (isCjk(c)) {
        if (i + 1 < n && isCjk(text.charAt(i + 1))) {
          out[k++] = (c << 16 | text.charAt(i + 1)) & 0x7FFFFFFF;
        }
        i++;
      } else {
        i++;
      }
    }
    return java.util.Arrays.copyOf(out, k);
  }

  /** The overlap coefficient of two sorted code arrays (0 when either is empty). */
  public static double overlap(int[] a, int[] b) {
    if (a.length == 0 || b.length == 0) {
      return 0;
    }
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return (double) common / Math.min(a.length, b.length);
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }

  /** The overlap coefficient of two token sets (0 when either is empty). */
  public static double overlap(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    int common = 0;
    for (String t : small) {
      if (large.contains(t)) {
        common++;
      }
    }
    return (double) common / small.size();
  }

  /** Whether some headline matches {@code entry} with at least {@code threshold} (stops at the first). */
  public boolean anyAtLeast(int[] entry, double threshold) {
    for (Target t : targets) {
      if (overlap(entry, t.codes()) >= threshold) {
        return true;
      }
    }
    return false;
  }

  /** The best-matching headline for an entry, or null when the post has none. */
  public Target best(int[] entry) {
    Target best = null;
    double score = -1;
    for (Target t : targets) {
      double s = overlap(entry, t.codes());
      if (s > score) {
        score = s;
        best = t;
      }
    }
    return best;
  }

  /** The share of an entry's tokens that occur anywhere in the body (the body is tokenised on first use). */
  public double bodyShare(int[] entry) {
    if (entry.length == 0) {
      return 1;
    }
    if (bodyTable == null) {
      // the body's tokens in an open-addressing table of ints: one pass, no boxing, no sort
      int[] codes = unsortedCodes(body, true);
      int size = Integer.highestOneBit(Math.max(16, codes.length * 2)) << 1;
      int[] table = new int[size];
      for (int c : codes) {
        int slot = (c * 0x9E3779B9 >>> 1) & (size - 1);
        while (table[slot] != 0 && table[slot] != c) {
          slot = (slot + 1) & (size - 1);
        }
        table[slot] = c;
      }
      bodyTable = table;
    }
    int found = 0;
    for (int t : entry) {
      int slot = (t * 0x9E3779B9 >>> 1) & (bodyTable.length - 1);
      while (bodyTable[slot] != 0 && bodyTable[slot] != t) {
        slot = (slot + 1) & (bodyTable.length - 1);
      }
      if (bodyTable[slot] == t) {
        found++;
      }
    }
    return (double) found / entry.length;
  }

  /** How many stories the body has: items plus entries. */
  public int stories() {
    return targets.size();
  }

  public int items() {
    return itemCount;
  }

  private static boolean isLatin(char c) {
    return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
  }

  private static boolean isCjk(char c) {
    return c >= '\u4E00' && c <= '\u9FFF' || c >= '\u3400' && c <= '\u4DBF' || c >= '\uF900' && c <= '\uFAFF';
  }
}
