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
  private static final Pattern URLS = Pattern.compile("\\]\\([^)\\s]*\\)|https?://\\S+");

  /** A headline the summary can point at: an item or a one-line entry. */
  public record Target(String text, Set<String> tokens, boolean item, int index) {}

  private final List<Target> targets;
  private final String body;
  private Set<String> bodyTokens;
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
      targets.add(new Target(items.get(i).headline(), tokens(items.get(i).headline()), true, i));
    }
    List<MoreEntry> entries = digest.moreEntries();
    for (int i = 0; i < entries.size(); i++) {
      String t = entries.get(i).plainTitle();
      targets.add(new Target(t, tokens(t), false, i));
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

  /** The best-matching headline for an entry, or null when the post has none. */
  public Target best(Set<String> entry) {
    Target best = null;
    double score = -1;
    for (Target t : targets) {
      double s = overlap(entry, t.tokens());
      if (s > score) {
        score = s;
        best = t;
      }
    }
    return best;
  }

  /** The share of an entry's tokens that occur anywhere in the body (the body is tokenised on first use). */
  public double bodyShare(Set<String> entry) {
    if (entry.isEmpty()) {
      return 1;
    }
    if (bodyTokens == null) {
      bodyTokens = tokens(URLS.matcher(body).replaceAll(" "));
    }
    int found = 0;
    for (String t : entry) {
      if (bodyTokens.contains(t)) {
        found++;
      }
    }
    return (double) found / entry.size();
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
