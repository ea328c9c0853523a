package org.digestkit.validate.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
 * apart: its inverse document frequency over the post's headlines (a one-line entry's title and description) and
 * summary entries, so a subject every story shares ("OpenAI", "发布") weighs little and the rare words of one story
 * weigh much. An entry's <em>support</em> by a story is the weighted share of its tokens that the story holds, a
 * token in the headline counting fully and one only in the body (facts, an insight paragraph) counting
 * {@code bodyWeight}; an entry is about a story in the post when its best support is high.
 *
 * <p>Bodies are long and can only add support, so they are read last and only as far as needed: the headlines
 * settle most entries, and the bodies are read one by one only while an entry remains unsupported.
 */
public final class SummaryMatcher {

  /** One story: the tokens of its headline, those of its one-line description, and its body (read on demand). */
  private record Story(Set<String> headline, Set<String> description, List<Block> body) {}

  private static final BitSet NONE = new BitSet();

  private final List<Story> stories;
  private final List<String> entries;
  /** The tokens of each summary entry. */
  private final Map<String, Set<String>> entryTokens;
  /** Tokens of the section headings. */
  private final Set<String> loose;
  /** The blocks that belong to no story (intros, text between items): read on demand, as bodies are. */
  private final List<Block> looseBlocks;
  /** Which stories hold each token in their headline, and which in their one-line description. */
  private final Map<String, BitSet> inHeadline = new HashMap<>();
  private final Map<String, BitSet> inDescription = new HashMap<>();
  /** In how many summary entries each token occurs. */
  private final Map<String, Integer> entryFrequency = new HashMap<>();
  private final int documents;

  private SummaryMatcher(List<Story> stories, List<String> entries, Map<String, Set<String>> entryTokens,
      Set<String> loose, List<Block> looseBlocks) {
    this.stories = stories;
    this.entries = entries;
    this.entryTokens = entryTokens;
    this.loose = loose;
    this.looseBlocks = looseBlocks;
    this.documents = stories.size() + entries.size();
    for (int k = 0; k < stories.size(); k++) {
      Story s = stories.get(k);
      for (String t : s.headline()) {
        inHeadline.computeIfAbsent(t, x -> new BitSet()).set(k);
      }
      for (String t : s.description()) {
        inDescription.computeIfAbsent(t, x -> new BitSet()).set(k);
      }
    }
    for (String entry : entries) {
      for (String t : entryTokens.get(entry)) {
        entryFrequency.merge(t, 1, Integer::sum);
      }
    }
  }

  /**
   * The matcher for one post and its summary entries (the entries count as documents for the token weights: a
   * word most entries use is as little telling as one most stories use).
   */
  public static SummaryMatcher of(Digest digest, List<String> summaryEntries) {
    Map<String, Set<String>> entryTokens = new HashMap<>();
    Set<String> words = new HashSet<>();
    for (String entry : summaryEntries) {
      words.addAll(entryTokens.computeIfAbsent(entry, SummaryMatcher::tokens));
    }
    Vocabulary vocabulary = new Vocabulary(words);
    List<Story> stories = new ArrayList<>();
    Set<String> loose = new HashSet<>();
    List<Block> looseBlocks = new ArrayList<>(digest.intro());
    for (Section s : digest.sections()) {
      collect(s, stories, loose, looseBlocks, vocabulary);
    }
    return new SummaryMatcher(List.copyOf(stories), List.copyOf(summaryEntries), entryTokens, loose,
        List.copyOf(looseBlocks));
  }

  /**
   * A set of tokens to look for in Markdown. A bit per token hash says which tokens it cannot hold, so that the
   * others are never made into strings.
   */
  private static final class Vocabulary {
    private static final int HASH_MASK = (1 << 14) - 1; // a few hundred words leave most bits clear
    private final Set<String> words = new HashSet<>();
    private final BitSet hashes = new BitSet(HASH_MASK + 1);

    Vocabulary(Set<String> words) {
      this.words.addAll(words);
      for (String word : words) {
        hashes.set(word.hashCode() & HASH_MASK);
      }
    }

    /** Whether a token whose {@link String#hashCode} is {@code hash} may be in the vocabulary. */
    boolean mayHold(int hash) {
      return hashes.get(hash & HASH_MASK);
    }

    void add(String token, Set<String> out) {
      if (words.contains(token)) {
        out.add(token);
      }
    }

    /** Adds the vocabulary's tokens in inline Markdown to {@code out}. */
    void addTokens(String markdown, Set<String> out) {
      tokens(markdown, true, this, out);
    }

    /** Adds the vocabulary's tokens in a block's inline Markdown, leaf by leaf (tokens never join across leaves). */
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

  private static void collect(Section section, List<Story> stories, Set<String> loose, List<Block> looseBlocks,
      Vocabulary vocabulary) {
    vocabulary.addTokens(section.heading().content(), loose);
    if (section.role() == SectionRole.STORY) {
      stories.add(story(section.asItem(), vocabulary));
      for (Section nested : section.subsections()) {
        collect(nested, stories, loose, looseBlocks, vocabulary);
      }
      return;
    }
    for (SectionElement e : section.elements()) {
      if (e instanceof Section nested) {
        collect(nested, stories, loose, looseBlocks, vocabulary);
      } else if (e instanceof Item item) {
        stories.add(story(item, vocabulary));
      } else if (e instanceof MoreList list) {
        for (MoreEntry entry : list.entries()) {
          Set<String> title = new HashSet<>();
          Set<String> description = new HashSet<>();
          vocabulary.addTokens(entry.title(), title);
          vocabulary.addTokens(entry.description(), description);
          stories.add(new Story(title, description, List.of()));
        }
      } else if (e instanceof Block b) {
        looseBlocks.add(b);
      }
    }
  }

  private static Story story(Item item, Vocabulary vocabulary) {
    Set<String> headline = new HashSet<>();
    vocabulary.addTokens(item.heading().content(), headline);
    return new Story(headline, Set.of(), item.body());
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
    return supports(List.of(entry), bodyWeight, Double.POSITIVE_INFINITY).get(entry);
  }

  /**
   * The summary entries whose {@link Support#story()} plus {@link Support#post()} stays below {@code threshold},
   * with their support, in the order of the entries.
   */
  public Map<String, Support> unsupported(double bodyWeight, double threshold) {
    return supports(entries, bodyWeight, threshold);
  }

  /**
   * The support of each of {@code texts} that stays below {@code threshold}. Each is first measured on the
   * headlines, one-line entries and section headings; then the text outside the stories and the story bodies
   * are read, the bodies one at a time, and only for the tokens of the entries still below the threshold, until
   * none is.
   */
  private Map<String, Support> supports(List<String> texts, double bodyWeight, double threshold) {
    List<Measure> measures = new ArrayList<>();
    for (String text : texts) {
      measures.add(new Measure(text, bodyWeight));
    }
    List<Measure> open = new ArrayList<>(measures);
    open.removeIf(m -> m.sum() >= threshold);
    if (!open.isEmpty() && !looseBlocks.isEmpty()) {
      Set<String> words = new HashSet<>();
      for (Measure m : open) {
        words.addAll(Arrays.asList(m.tokens));
      }
      Vocabulary wanted = new Vocabulary(words);
      Set<String> text = new HashSet<>();
      for (Block b : looseBlocks) {
        wanted.addText(b, text);
      }
      for (Measure m : open) {
        m.readLoose(text);
      }
      open.removeIf(m -> m.sum() >= threshold);
    }
    Vocabulary wanted = null;
    for (int i = 0; i < stories.size() && !open.isEmpty(); i++) {
      Story s = stories.get(i);
      if (s.body().isEmpty()) {
        continue;
      }
      if (wanted == null) {
        Set<String> words = new HashSet<>();
        for (Measure m : open) {
          words.addAll(Arrays.asList(m.tokens));
        }
        wanted = new Vocabulary(words);
      }
      Set<String> body = new HashSet<>();
      for (Block b : s.body()) {
        wanted.addText(b, body);
      }
      if (!body.isEmpty()) {
        for (Measure m : open) {
          m.readBody(i, body, bodyWeight);
        }
        if (open.removeIf(m -> m.sum() >= threshold)) {
          wanted = null; // fewer tokens to look for
        }
      }
    }
    Map<String, Support> out = new LinkedHashMap<>();
    for (Measure m : measures) {
      if (m.sum() < threshold) {
        out.put(m.text, new Support(m.best, m.post()));
      }
    }
    return out;
  }

  /** The support of one entry as far as the post has been read. */
  private final class Measure {
    final String text;
    final String[] tokens;
    final double[] weights;
    final double total;
    /** How much each token counts at its best place in the post so far. */
    final double[] anywhere;
    double best;

    /** Held share of each story so far, weighted (divided by {@code total} when compared). */
    final double[] held;

    /** The support of {@code text} by the headlines, one-line entries and section headings. */
    Measure(String text, double bodyWeight) {
      this.text = text;
      Set<String> known = entryTokens.get(text);
      tokens = (known != null ? known : tokens(text)).toArray(String[]::new);
      weights = new double[tokens.length];
      anywhere = new double[tokens.length];
      held = new double[stories.size()];
      double sum = 0;
      for (int i = 0; i < tokens.length; i++) {
        weights[i] = weight(tokens[i]);
        sum += weights[i];
        anywhere[i] = loose.contains(tokens[i]) ? 1 : 0;
        BitSet headlines = inHeadline.getOrDefault(tokens[i], NONE);
        BitSet descriptions = inDescription.getOrDefault(tokens[i], NONE);
        for (int k = headlines.nextSetBit(0); k >= 0; k = headlines.nextSetBit(k + 1)) {
          held[k] += weights[i];
          anywhere[i] = 1;
        }
        for (int k = descriptions.nextSetBit(0); k >= 0; k = descriptions.nextSetBit(k + 1)) {
          if (!headlines.get(k)) {
            held[k] += bodyWeight * weights[i];
            anywhere[i] = Math.max(anywhere[i], bodyWeight);
          }
        }
      }
      total = sum;
      best = tokens.length == 0 ? 1 : 0;
      for (int k = 0; k < held.length && tokens.length > 0; k++) {
        best = Math.max(best, held[k] / total);
      }
    }

    /** Takes in the tokens of the text outside the stories: they count fully, for the post share only. */
    void readLoose(Set<String> text) {
      for (int i = 0; i < tokens.length; i++) {
        if (text.contains(tokens[i])) {
          anywhere[i] = 1;
        }
      }
    }

    /** Takes in the tokens of story {@code k}'s body: those not in its headline count {@code bodyWeight}. */
    void readBody(int k, Set<String> body, double bodyWeight) {
      Story s = stories.get(k);
      for (int i = 0; i < tokens.length; i++) {
        if (body.contains(tokens[i]) && !s.headline().contains(tokens[i])) {
          held[k] += bodyWeight * weights[i];
          anywhere[i] = Math.max(anywhere[i], bodyWeight);
        }
      }
      if (tokens.length > 0) {
        best = Math.max(best, held[k] / total);
      }
    }

    double post() {
      if (tokens.length == 0) {
        return 1;
      }
      double found = 0;
      for (int i = 0; i < tokens.length; i++) {
        found += anywhere[i] * weights[i];
      }
      return found / total;
    }

    double sum() {
      return best + post();
    }
  }

  /**
   * A token's weight: the square of its smoothed inverse document frequency over the stories and summary entries
   * ({@code ln((n + 1) / (df + 1)) + 1}); squared, so that the words of one story outweigh a subject shared by
   * many clearly (measured on the corpus: docs/rules/summary-unsupported.md).
   */
  double weight(String token) {
    double idf = Math.log((documents + 1.0) / (documentFrequency(token) + 1.0)) + 1;
    return idf * idf;
  }

  /** In how many documents (stories' headlines and descriptions, summary entries) {@code token} occurs. */
  private int documentFrequency(String token) {
    BitSet headlines = inHeadline.getOrDefault(token, NONE);
    int stories = headlines.cardinality();
    BitSet descriptions = inDescription.getOrDefault(token, NONE);
    for (int k = descriptions.nextSetBit(0); k >= 0; k = descriptions.nextSetBit(k + 1)) {
      stories += headlines.get(k) ? 0 : 1;
    }
    return stories + entryFrequency.getOrDefault(token, 0);
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
          hash = 31 * hash + lower(text.charAt(j));
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

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  private static boolean isWordChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  /** Whether {@code c} is a CJK ideograph (the unified block, extension A, the compatibility block). */
  public static boolean isCjk(char c) {
    return c >= '\u4E00' && c <= '\u9FFF' || c >= '\u3400' && c <= '\u4DBF' || c >= '\uF900' && c <= '\uFAFF';
  }
}
