package org.digestkit.validate.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.digestkit.core.Digest;
import org.digestkit.core.model.Item;
import org.digestkit.core.model.MoreEntry;

/**
 * Matches summary entries against a post's headlines in mixed Chinese and Latin text. Tokens are lower-case
 * Latin/digit words of two or more characters plus CJK character bigrams; two texts match by the overlap
 * coefficient |A∩B| / min(|A|, |B|), which suits a short paraphrase of a longer headline.
 */
public final class SummaryMatcher {

  /** The Markdown of each headline the summary can point at: the news items, then the one-line entries. */
  private final List<String> targets;
  /** Their token codes, computed on first use: matching usually stops after the first few headlines. */
  private final int[][] targetCodes;
  private final String text;
  private final int bodyStart;

  private SummaryMatcher(List<String> targets, String text, int bodyStart) {
    this.targets = targets;
    this.targetCodes = new int[targets.size()][];
    this.text = text;
    this.bodyStart = bodyStart;
  }

  /**
   * The matcher for one post: its news items, its entries and the tokens of its whole body. Headlines are
   * tokenised from their Markdown as the body is (link destinations left out), so that every headline token is
   * also a body token.
   */
  public static SummaryMatcher of(Digest digest, List<Item> items, List<MoreEntry> entries, String text) {
    List<String> targets = new ArrayList<>();
    for (Item item : items) {
      targets.add(item.heading().content());
    }
    for (MoreEntry entry : entries) {
      targets.add(entry.title());
    }
    int bodyStart = 0;
    if (digest.frontMatter().present()) {
      int close = text.indexOf("\n---", 3);
      bodyStart = close < 0 ? 0 : close + 4;
    }
    return new SummaryMatcher(targets, text, bodyStart);
  }

  private int[] target(int t) {
    int[] codes = targetCodes[t];
    if (codes == null) {
      codes = tokenizer.distinctCodes(targets.get(t), true);
      targetCodes[t] = codes;
    }
    return codes;
  }

  /** The matcher's tokenizer, its buffers reused for the headlines and entries of the one post it serves. */
  private final Tokenizer tokenizer = new Tokenizer();

  /** {@link #codes} of a summary entry, computed with the matcher's buffers: only the result is allocated. */
  public int[] entryCodes(String entry) {
    return tokenizer.distinctCodes(entry, false);
  }

  /** Distinct token codes of texts one after the other, with buffers and a table reused from text to text. */
  private static final class Tokenizer {
    private char[] chars = new char[64];
    private int[] found = new int[64];
    private int[] seenCodes = new int[256];
    private int[] seenMarks = new int[256];
    private int mark;

    /** The distinct token codes of {@code text} in text order ({@link #codes}, or {@link #markdownCodes}). */
    synchronized int[] distinctCodes(String text, boolean skipUrls) {
      int n = text.length();
      if (chars.length < n) {
        chars = new char[Math.max(n, chars.length * 2)];
        found = new int[chars.length]; // at most one token per character
      }
      text.getChars(0, n, chars, 0);
      int count = tokenize(chars, new int[] {0}, n, skipUrls, found, 0);
      if (seenCodes.length < 2 * count) {
        seenCodes = new int[tableSize(count)];
        seenMarks = new int[seenCodes.length];
      }
      // a table whose slots count as empty unless marked in this round
      int round = ++mark;
      int d = 0;
      int mask = seenCodes.length - 1;
      int shift = 32 - Integer.numberOfTrailingZeros(seenCodes.length);
      for (int i = 0; i < count; i++) {
        int code = found[i];
        int slot = (code * 0x9E3779B9) >>> shift;
        while (seenMarks[slot] == round && seenCodes[slot] != code) {
          slot = (slot + 1) & mask;
        }
        if (seenMarks[slot] != round) {
          seenMarks[slot] = round;
          seenCodes[slot] = code;
          found[d++] = code;
        }
      }
      return java.util.Arrays.copyOf(found, d);
    }
  }

  /** The tokens of a text as strings (for tests and tools; matching uses {@link #codes}). */
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
   * The tokens of a text as distinct int codes, in text order: a CJK bigram is its two chars packed exactly; a
   * Latin word is its hash with the top bit set (so the two kinds never meet, and no code is 0). Equivalent to
   * {@link #tokens} for overlap counting, without a String or a set per token.
   */
  public static int[] codes(String text) {
    return new Tokenizer().distinctCodes(text, false);
  }

  /** The distinct codes of inline Markdown, link destinations and bare URLs left out (as in the body scan). */
  public static int[] markdownCodes(String markdown) {
    return new Tokenizer().distinctCodes(markdown, true);
  }

  /**
   * Writes the token codes of {@code text[at[0], n)} into {@code out} from {@code outFrom}, in text order, until
   * the text ends or {@code out} is full; returns the number of codes in {@code out} and leaves in {@code at[0]}
   * where to go on (n when the text is done). A buffer instead of a callback: the scan is the matcher's hot loop.
   */
  private static int tokenize(char[] text, int[] at, int n, boolean skipUrls, int[] out, int outFrom) {
    int k = outFrom;
    int i = at[0];
    while (i < n && k < out.length) {
      char c = text[i];
      int kind = KIND[c];
      if (kind == CJK) {
        // a run of CJK characters: each with the next, as many pairs as out holds (resumed at the first pair
        // not written); the run's end found first, so that the pairs are written by a loop that does nothing else
        int end = i + 1;
        while (end < n && KIND[text[end]] == CJK) {
          end++;
        }
        int pairs = Math.min(end - i - 1, out.length - k);
        for (int j = i + 1; j <= i + pairs; j++) {
          out[k++] = (text[j - 1] << 16 | text[j]) & 0x7FFFFFFF;
        }
        i = pairs < end - i - 1 ? i + pairs : end;
      } else if (kind == OTHER || kind == BRACKET && !(skipUrls && i + 1 < n && text[i + 1] == '(')) {
        i++;
      } else if (skipUrls && (kind == BRACKET || c == 'h' && isUrlStart(text, i, n))) {
        int j = i + 1;
        while (j < n && text[j] != ')' && !isWhitespace(text[j])) {
          j++;
        }
        i = j;
      } else {
        int j = i;
        int h = 0;
        int letter;
        while (j < n && (letter = KIND[text[j]]) >= LOWER) {
          h = 31 * h + (letter == UPPER ? text[j] + ('a' - 'A') : text[j]);
          j++;
        }
        if (j - i >= 2) {
          out[k++] = h | 0x80000000;
        }
        i = j;
      }
    }
    at[0] = i;
    return k;
  }

  /** Character kinds for the tokenizer, one byte per UTF-16 unit: a single load per character. */
  private static final byte OTHER = 0;
  private static final byte CJK = 1;
  private static final byte BRACKET = 2; // ']', which may start a link destination
  private static final byte LOWER = 3; // a-z and 0-9 (from here on: word characters)
  private static final byte UPPER = 4; // A-Z, lower-cased into the word
  private static final byte[] KIND = new byte[0x10000];

  static {
    for (int c = 0; c <= 0xFFFF; c++) {
      char ch = (char) c;
      KIND[c] = isLatin(ch) ? LOWER : ch >= 'A' && ch <= 'Z' ? UPPER : isCjk(ch) ? CJK : OTHER;
    }
    KIND[']'] = BRACKET;
  }

  /** {@link Character#isWhitespace}, without a call for the printable ASCII of a URL. */
  private static boolean isWhitespace(char c) {
    return (c <= ' ' || c >= 0x7F) && Character.isWhitespace(c);
  }

  /** Whether {@code http://} or {@code https://} starts at {@code i}. */
  private static boolean isUrlStart(char[] t, int i, int n) {
    if (i + 7 > n || t[i] != 'h' || t[i + 1] != 't' || t[i + 2] != 't' || t[i + 3] != 'p') {
      return false;
    }
    int p = t[i + 4] == 's' ? i + 5 : i + 4;
    return p + 3 <= n && t[p] == ':' && t[p + 1] == '/' && t[p + 2] == '/';
  }

  /** The overlap coefficient of two distinct-code arrays from {@link #codes} (0 when either is empty). */
  public static double overlap(int[] a, int[] b) {
    if (a.length == 0 || b.length == 0) {
      return 0;
    }
    int[] keys = new int[tableSize(a.length)];
    for (int code : a) {
      keys[slot(keys, code)] = code;
    }
    int common = 0;
    for (int code : b) {
      if (keys[slot(keys, code)] == code) {
        common++;
      }
    }
    return (double) common / Math.min(a.length, b.length);
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

  /**
   * How each summary entry matches the headlines: its best overlap coefficient with one, and the share of its
   * tokens that occur in some headline or entry title (1 for an entry without tokens).
   *
   * @param best the best overlap coefficient of each entry
   * @param shares the headline share of each entry, a lower bound of its {@link #bodyShares body share} (the
   *     headlines are tokenised from their own Markdown in the body); exact for every entry whose best score is
   *     below the {@code enough} asked for, and not computed (0) for the others
   */
  public record HeadlineScores(double[] best, double[] shares) {}

  /**
   * The best overlap coefficient of each entry (distinct codes from {@link #codes}) with the headlines, which are
   * taken in order until every entry has reached {@code enough}, and the headline share of each entry that has
   * not. The entries' tokens go into a small table, marked with the entries holding them, and each headline's
   * tokens are looked up once, instead of merging every entry with every headline; a token found is marked as
   * seen, which gives the shares without another pass.
   */
  public HeadlineScores headlineScores(List<int[]> entries, double enough) {
    double[] best = new double[entries.size()];
    double[] shares = new double[entries.size()];
    for (int from = 0; from < entries.size(); from += 64) {
      int to = Math.min(entries.size(), from + 64);
      int total = 0;
      for (int e = from; e < to; e++) {
        total += entries.get(e).length;
      }
      int[] keys = new int[tableSize(total)];
      long[] holders = fill(keys, entries, from, to);
      boolean[] seen = new boolean[keys.length];
      int[] common = new int[to - from];
      int below = to - from;
      for (int t = 0; t < targets.size() && below > 0; t++) {
        int[] codes = target(t);
        long touched = 0; // the entries sharing a token with this headline: the others score 0
        for (int code : codes) {
          int slot = slot(keys, code);
          if (keys[slot] == code) {
            seen[slot] = true;
            touched |= holders[slot];
            for (long m = holders[slot]; m != 0; m &= m - 1) {
              common[Long.numberOfTrailingZeros(m)]++;
            }
          }
        }
        for (long m = touched; m != 0; m &= m - 1) {
          int k = Long.numberOfTrailingZeros(m);
          int e = from + k;
          double score = (double) common[k] / Math.min(entries.get(e).length, codes.length);
          common[k] = 0;
          if (score > best[e]) {
            if (best[e] < enough && score >= enough) {
              below--;
            }
            best[e] = score;
          }
        }
      }
      for (int e = from; e < to; e++) {
        int[] codes = entries.get(e);
        if (codes.length == 0) {
          shares[e] = 1;
        } else if (best[e] < enough) {
          int found = 0;
          for (int code : codes) {
            if (seen[slot(keys, code)]) {
              found++;
            }
          }
          shares[e] = (double) found / codes.length;
        }
      }
    }
    return new HeadlineScores(best, shares);
  }

  /**
   * Puts the tokens of entries {@code [from, to)} (at most 64) into {@code keys} and returns, slot by slot, the
   * entries holding that token, a bit each.
   */
  private static long[] fill(int[] keys, List<int[]> entries, int from, int to) {
    long[] holders = new long[keys.length];
    for (int e = from; e < to; e++) {
      for (int code : entries.get(e)) {
        int slot = slot(keys, code);
        keys[slot] = code;
        holders[slot] |= 1L << (e - from);
      }
    }
    return holders;
  }

  private static int tableSize(int keys) {
    return Integer.highestOneBit(Math.max(8, keys)) << 2; // at most half full
  }

  /** Tells, as an entry's body share grows during the scan, whether it is settled: counting it further is moot. */
  @FunctionalInterface
  public interface Settled {
    /** Whether entry {@code entry} (an index into the list given) is settled at {@code share}. */
    boolean test(int entry, double share);
  }

  /**
   * For each entry, the share of its tokens that occur anywhere in the body (1 for an entry without tokens).
   * The body is tokenised once and its tokens looked up in a small table of the entries' tokens; the scan stops
   * when every entry is settled (or every token was seen). The share of an entry that was settled is the share
   * at which it was, a lower bound; the others' are exact.
   */
  public double[] bodyShares(List<int[]> entries, Settled settled) {
    double[] out = new double[entries.size()];
    for (int from = 0; from < entries.size(); from += 64) {
      bodyShares(entries, from, Math.min(entries.size(), from + 64), settled, out);
    }
    return out;
  }

  private void bodyShares(List<int[]> entries, int from, int to, Settled settled, double[] out) {
    int total = 0;
    long open = 0; // the entries not settled yet, a bit each
    for (int e = from; e < to; e++) {
      total += entries.get(e).length;
      if (entries.get(e).length == 0) {
        out[e] = 1;
      } else {
        open |= 1L << (e - from);
      }
    }
    if (open == 0) {
      return;
    }
    int[] keys = new int[tableSize(total) << 1]; // a quarter full at most: most body tokens miss in one probe
    long[] holders = fill(keys, entries, from, to); // cleared for a token once it is seen
    int[] found = new int[to - from];
    int unseen = distinctKeys(keys);
    char[] body = text.toCharArray();
    int[] at = {bodyStart};
    int[] codes = new int[256];
    scan:
    while (at[0] < body.length) {
      int count = tokenize(body, at, body.length, true, codes, 0);
      for (int c = 0; c < count; c++) {
        int slot = slot(keys, codes[c]);
        long holding = holders[slot];
        if (holding == 0 || keys[slot] != codes[c]) {
          continue;
        }
        holders[slot] = 0; // counted once
        for (long m = holding; m != 0; m &= m - 1) {
          int e = Long.numberOfTrailingZeros(m);
          found[e]++;
          if ((open >>> e & 1) != 0 && settled.test(from + e, (double) found[e] / entries.get(from + e).length)) {
            open &= ~(1L << e);
          }
        }
        if (open == 0 || --unseen == 0) {
          break scan;
        }
      }
    }
    for (int e = from; e < to; e++) {
      int length = entries.get(e).length;
      if (length > 0) {
        out[e] = (double) found[e - from] / length;
      }
    }
  }

  private static int distinctKeys(int[] keys) {
    int n = 0;
    for (int key : keys) {
      if (key != 0) {
        n++;
      }
    }
    return n;
  }

  /** The slot of {@code code} in an open-addressing table whose empty slots hold 0 (no code is 0). */
  private static int slot(int[] keys, int code) {
    int mask = keys.length - 1;
    // Fibonacci hashing: the top bits of the product (the low bits would depend only on the code's low bits)
    int slot = (code * 0x9E3779B9) >>> (32 - Integer.numberOfTrailingZeros(keys.length));
    while (keys[slot] != 0 && keys[slot] != code) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private static boolean isLatin(char c) {
    return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
  }

  private static boolean isCjk(char c) {
    return c >= '\u4E00' && c <= '\u9FFF' || c >= '\u3400' && c <= '\u4DBF' || c >= '\uF900' && c <= '\uFAFF';
  }
}
