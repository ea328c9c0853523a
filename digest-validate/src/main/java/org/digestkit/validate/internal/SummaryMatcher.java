package org.digestkit.validate.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.digestkit.core.Digest;
import org.digestkit.core.model.Block;
import org.digestkit.core.model.Bullet;
import org.digestkit.core.model.BulletList;
import org.digestkit.core.model.Item;
import org.digestkit.core.model.LabelledBlock;
import org.digestkit.core.model.MoreEntry;
import org.digestkit.core.model.MoreList;
import org.digestkit.core.model.Paragraph;
import org.digestkit.core.model.RawBlock;
import org.digestkit.core.model.Section;
import org.digestkit.core.model.SectionElement;
import org.digestkit.core.model.SectionRole;
import org.digestkit.core.model.Table;
import org.jspecify.annotations.Nullable;

/**
 * Matches summary entries against the stories of a post in mixed Chinese and Latin text.
 *
 * <p>Tokens are lower-case Latin/digit words of two or more characters plus CJK character bigrams. A post is read
 * as <em>stories</em> — each news item (its headline, and its body), each one-line entry (its title, and its
 * description) — plus the text that belongs to no story. Each token is weighted by how well it tells stories
 * apart: its inverse document frequency over the post's stories and summary entries, so a subject every story
 * shares ("OpenAI", "发布") weighs little and the rare words of one story weigh much. An entry's <em>support</em>
 * by a story is the weighted share of its tokens that the story holds, a token in the headline counting fully
 * and one only in the body (facts, an insight paragraph) counting {@code bodyWeight}; an entry is about a story
 * in the post when its best support is high.
 */
public final class SummaryMatcher {

  /** One story: the tokens of its headline and those only in its body. */
  private record Story(Set<String> headline, Set<String> body) {
    /** How much {@code token} counts here: 1 in the headline, {@code bodyWeight} only in the body, else 0. */
    double at(String token, double bodyWeight) {
      return headline.contains(token) ? 1 : body.contains(token) ? bodyWeight : 0;
    }
  }

  private final List<Story> stories;
  /** Tokens of the text that belongs to no story (intros, section headings). */
  private final Set<String> loose;
  /** In how many documents (stories and summary entries) each token occurs. */
  private final Map<String, Integer> documentFrequency;
  private final int documents;

  private SummaryMatcher(List<Story> stories, Set<String> loose, Map<String, Integer> documentFrequency,
      int documents) {
    this.stories = stories;
    this.loose = loose;
    this.documentFrequency = documentFrequency;
    this.documents = documents;
  }

  /**
   * The matcher for one post and its summary entries (the entries count as documents for the token weights: a
   * word most entries use is as little telling as one most stories use).
   */
  public static SummaryMatcher of(Digest digest, List<String> summaryEntries) {
    Vocabulary vocabulary = new Vocabulary(summaryEntries);
    List<Story> stories = new ArrayList<>();
    Set<String> loose = new HashSet<>();
    for (Block b : digest.intro()) {
      vocabulary.addText(b, loose);
    }
    for (Section s : digest.sections()) {
      collect(s, stories, loose, vocabulary);
    }
    Map<String, Integer> frequency = new HashMap<>();
    for (Story s : stories) {
      count(s.headline(), frequency);
      for (String t : s.body()) {
        if (!s.headline().contains(t)) {
          frequency.merge(t, 1, Integer::sum);
        }
      }
    }
    for (String entry : summaryEntries) {
      count(tokens(entry), frequency);
    }
    return new SummaryMatcher(List.copyOf(stories), loose, frequency, stories.size() + summaryEntries.size());
  }

  /**
   * The tokens of the summary entries: the only ones whose occurrences in the body matter. The body's other
   * tokens are not kept, and not even made into strings where a bit per token hash says the summary lacks them.
   */
  private static final class Vocabulary {
    private final Set<String> words = new HashSet<>();
    private final BitSet hashes = new BitSet(1 << 16);

    Vocabulary(List<String> entries) {
      for (String entry : entries) {
        words.addAll(tokens(entry));
      }
      for (String word : words) {
        hashes.set(word.hashCode() & 0xFFFF);
      }
    }

    /** Whether a token whose {@link String#hashCode} is {@code hash} may be a summary token. */
    boolean mayHold(int hash) {
      return hashes.get(hash & 0xFFFF);
    }

    void add(String token, Set<String> out) {
      if (words.contains(token)) {
        out.add(token);
      }
    }

    /** Adds the summary tokens of inline Markdown to {@code out}. */
    void addTokens(String markdown, Set<String> out) {
      tokens(markdown, true, this, out);
    }

    /** Adds the summary tokens of a block's inline Markdown, leaf by leaf (tokens never join across leaves). */
    void addText(Block block, Set<String> out) {
      if (block instanceof Paragraph p) {
        addTokens(p.text(), out);
      } else if (block instanceof BulletList list) {
        addBullets(list.bullets(), out);
      } else if (block instanceof LabelledBlock lb) {
        addTokens(lb.label().text(), out);
        for (Block b : lb.content()) {
          addText(b, out);
        }
      } else if (block instanceof MoreList list) {
        for (MoreEntry e : list.entries()) {
          addTokens(e.title(), out);
          addTokens(e.description(), out);
        }
      } else if (block instanceof Table t) {
        for (String cell : t.header()) {
          addTokens(cell, out);
        }
        for (List<String> row : t.rows()) {
          for (String cell : row) {
            addTokens(cell, out);
          }
        }
      } else if (block instanceof RawBlock r) {
        addTokens(r.text(), out);
      }
    }

    private void addBullets(List<Bullet> bullets, Set<String> out) {
      for (Bullet b : bullets) {
        addTokens(b.text(), out);
        addBullets(b.children(), out);
      }
    }
  }

  private static void count(Set<String> tokens, Map<String, Integer> frequency) {
    for (String t : tokens) {
      frequency.merge(t, 1, Integer::sum);
    }
  }

  private static void collect(Section section, List<Story> stories, Set<String> loose, Vocabulary vocabulary) {
    vocabulary.addTokens(section.heading().content(), loose);
    if (section.role() == SectionRole.STORY) {
      stories.add(story(section.asItem(), vocabulary));
      for (Section nested : section.subsections()) {
        collect(nested, stories, loose, vocabulary);
      }
      return;
    }
    for (SectionElement e : section.elements()) {
      if (e instanceof Section nested) {
        collect(nested, stories, loose, vocabulary);
      } else if (e instanceof Item item) {
        stories.add(story(item, vocabulary));
      } else if (e instanceof MoreList list) {
        for (MoreEntry entry : list.entries()) {
          Set<String> title = new HashSet<>();
          Set<String> description = new HashSet<>();
          vocabulary.addTokens(entry.title(), title);
          vocabulary.addTokens(entry.description(), description);
          stories.add(new Story(title, description));
        }
      } else if (e instanceof Block b) {
        vocabulary.addText(b, loose);
      }
    }
  }

  private static Story story(Item item, Vocabulary vocabulary) {
    Set<String> headline = new HashSet<>();
    Set<String> body = new HashSet<>();
    vocabulary.addTokens(item.heading().content(), headline);
    for (Block b : item.body()) {
      vocabulary.addText(b, body);
    }
    return new Story(headline, body);
  }

  /** How well the post supports one summary entry. */
  public record Support(
      /** The best weighted share of the entry's tokens that one story holds (1 for an entry without tokens). */
      double story,
      /** The weighted share of the entry's tokens found anywhere in the post, body tokens at their weight. */
      double post) {}

  /**
   * How the post supports {@code entry}: a token counts with its weight, fully where it is in a headline (or, for
   * the post share, in text outside the stories) and {@code bodyWeight} where it is only in a story's body.
   */
  public Support support(String entry, double bodyWeight) {
    List<String> tokens = List.copyOf(tokens(entry));
    if (tokens.isEmpty()) {
      return new Support(1, 1);
    }
    double[] weights = new double[tokens.size()];
    double total = 0;
    for (int i = 0; i < weights.length; i++) {
      weights[i] = weight(tokens.get(i));
      total += weights[i];
    }
    double best = 0;
    double[] anywhere = new double[tokens.size()]; // how much each token counts at its best place in the post
    for (int i = 0; i < anywhere.length; i++) {
      anywhere[i] = loose.contains(tokens.get(i)) ? 1 : 0;
    }
    for (Story s : stories) {
      double held = 0;
      for (int i = 0; i < weights.length; i++) {
        double at = s.at(tokens.get(i), bodyWeight);
        held += at * weights[i];
        anywhere[i] = Math.max(anywhere[i], at);
      }
      best = Math.max(best, held / total);
    }
    double found = 0;
    for (int i = 0; i < weights.length; i++) {
      found += anywhere[i] * weights[i];
    }
    return new Support(best, found / total);
  }

  /**
   * A token's weight: the square of its smoothed inverse document frequency over the stories and summary entries
   * ({@code ln((n + 1) / (df + 1)) + 1}); squared, so that the words of one story outweigh a subject shared by
   * many clearly (measured on the corpus: docs/rules/summary-unsupported.md).
   */
  double weight(String token) {
    double idf = Math.log((documents + 1.0) / (documentFrequency.getOrDefault(token, 0) + 1.0)) + 1;
    return idf * idf;
  }

  /** The tokens of a plain text. */
  public static Set<String> tokens(String text) {
    Set<String> out = new HashSet<>();
    tokens(text, false, null, out);
    return out;
  }

  /** The tokens of inline Markdown: link destinations and bare URLs are left out. */
  public static Set<String> markdownTokens(String markdown) {
    Set<String> out = new HashSet<>();
    tokens(markdown, true, null, out);
    return out;
  }

  /**
   * Adds the tokens of {@code text} to {@code out}, only those of {@code vocabulary} when one is given. Each
   * token's {@link String#hashCode} is computed as it is read, so that a token the vocabulary cannot hold is
   * never made into a string.
   */
  private static void tokens(String text, boolean skipUrls, @Nullable Vocabulary vocabulary, Set<String> out) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      boolean url = c == 'h' && (text.startsWith("http://", i) || text.startsWith("https://", i));
      if (skipUrls && (c == ']' && i + 1 < n && text.charAt(i + 1) == '(' || url)) {
        i++;
        while (i < n && text.charAt(i) != ')' && !Character.isWhitespace(text.charAt(i))) {
          i++;
        }
      } else if (isWordChar(c)) {
        int j = i;
        int hash = 0; // of the lower-cased word
        while (j < n && isWordChar(text.charAt(j))) {
          hash = 31 * hash + Character.toLowerCase(text.charAt(j));
          j++;
        }
        if (j - i >= 2 && (vocabulary == null || vocabulary.mayHold(hash))) {
          add(text.substring(i, j).toLowerCase(Locale.ROOT), vocabulary, out);
        }
        i = j;
      } else {
        if (isCjk(c) && i + 1 < n && isCjk(text.charAt(i + 1))
            && (vocabulary == null || vocabulary.mayHold(31 * c + text.charAt(i + 1)))) {
          add(text.substring(i, i + 2), vocabulary, out);
        }
        i++;
      }
    }
  }

  private static void add(String token, @Nullable Vocabulary vocabulary, Set<String> out) {
    if (vocabulary == null) {
      out.add(token);
    } else {
      vocabulary.add(token, out);
    }
  }

  /** The overlap coefficient |A∩B| / min(|A|, |B|) of two token sets (0 when either is empty). */
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

  private static boolean isWordChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  /** Whether {@code c} is a CJK ideograph (the unified block, extension A, the compatibility block). */
  public static boolean isCjk(char c) {
    return c >= '\u4E00' && c <= '\u9FFF' || c >= '\u3400' && c <= '\u4DBF' || c >= '\uF900' && c <= '\uFAFF';
  }
}
