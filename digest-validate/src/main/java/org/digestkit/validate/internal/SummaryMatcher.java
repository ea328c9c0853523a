package org.digestkit.validate.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import org.digestkit.core.Digest;
import org.digestkit.core.model.Block;
import org.digestkit.core.model.Bullet;
import org.digestkit.core.model.BulletList;
import org.digestkit.core.model.Cjk;
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
 * {@code bodyWeight}; an entry is about a story in the post when its best support is high. A summary names each
 * story once, so a story's headline counts only for the entries it supports best: an entry that merely shares
 * words with another entry's headline (a swapped-in entry on the day's recurring subject, an entry whose own
 * story is gone) does not borrow it.
 *
 * <p>Only the entries' tokens matter, so they are collected first (the <em>vocabulary</em>) and the post's text
 * is read for them alone. Bodies are long and can only add support, so they are read last and only as far as
 * needed: the headlines settle most entries, and the bodies are read one by one only while an entry remains
 * unsupported.
 */
public final class SummaryMatcher {

  /** One story: the vocabulary tokens of its headline and of its one-line description, and its body. */
  private record Story(BitSet headline, BitSet description, List<Block> body) {}

  private final List<Story> stories;
  private final List<String> entries;
  /** The entries' tokens, each numbered: a token of the post is looked up here, and known by its number. */
  private final Vocabulary vocabulary;
  /** The numbers of each summary entry's tokens, each once. */
  private final Map<String, int[]> entryTokens;
  /** The vocabulary tokens of the section headings. */
  private final BitSet inHeadings;
  /** The blocks that belong to no story (intros, text between items): read on demand, as bodies are. */
  private final List<Block> looseBlocks;
  /** For each vocabulary token, the stories whose headline holds it, and those whose description holds it. */
  private final BitSet[] inHeadline;
  private final BitSet[] inDescription;
  /** The weight of each vocabulary token. */
  private final double[] weights;
  /** The number of documents the weights count in: stories and summary entries. */
  private final int documents;

  private SummaryMatcher(Digest digest, List<String> summaryEntries) {
    this.entries = List.copyOf(summaryEntries);
    this.entryTokens = new HashMap<>();
    int characters = 0;
    for (String entry : entries) {
      characters += entry.length();
    }
    this.vocabulary = new Vocabulary(characters); // at most one token starts at each character
    for (String entry : entries) {
      if (!entryTokens.containsKey(entry)) {
        entryTokens.put(entry, entryTokens(entry));
      }
    }
    List<Story> found = new ArrayList<>();
    this.inHeadings = new BitSet();
    List<Block> loose = new ArrayList<>(digest.intro());
    for (Section s : digest.sections()) {
      collect(s, found, loose);
    }
    this.stories = List.copyOf(found);
    this.looseBlocks = List.copyOf(loose);
    this.documents = stories.size() + entries.size();
    this.inHeadline = new BitSet[vocabulary.size()];
    this.inDescription = new BitSet[vocabulary.size()];
    int[] frequency = new int[vocabulary.size()];
    for (int k = 0; k < stories.size(); k++) {
      BitSet headline = stories.get(k).headline();
      BitSet description = stories.get(k).description();
      for (int t = headline.nextSetBit(0); t >= 0; t = headline.nextSetBit(t + 1)) {
        storiesWith(inHeadline, t).set(k);
        frequency[t]++;
      }
      for (int t = description.nextSetBit(0); t >= 0; t = description.nextSetBit(t + 1)) {
        storiesWith(inDescription, t).set(k);
        frequency[t] += headline.get(t) ? 0 : 1;
      }
    }
    for (String entry : entries) {
      for (int t : entryTokens.get(entry)) {
        frequency[t]++;
      }
    }
    double[] byFrequency = new double[documents + 1]; // far fewer frequencies than tokens
    for (int df = 0; df <= documents; df++) {
      byFrequency[df] = weight(df);
    }
    this.weights = new double[vocabulary.size()];
    for (int t = 0; t < weights.length; t++) {
      weights[t] = byFrequency[frequency[t]];
    }
  }

  /**
   * Adds an entry's tokens to the vocabulary; their numbers, each once, in the order of the tokens' values (the
   * order its support is summed in, so that it does not depend on the order the entries came in).
   */
  private int[] entryTokens(String entry) {
    long[] tokens = new long[entry.length()];
    int[] count = {0};
    readTokens(entry, false, t -> tokens[count[0]++] = t);
    Arrays.sort(tokens, 0, count[0]);
    int[] numbers = new int[count[0]];
    int distinct = 0;
    for (int i = 0; i < count[0]; i++) {
      if (i == 0 || tokens[i] != tokens[i - 1]) {
        numbers[distinct++] = vocabulary.add(tokens[i]);
      }
    }
    return Arrays.copyOf(numbers, distinct);
  }

  /** No tokens, no stories (never changed). */
  private static final BitSet NONE = new BitSet();

  /** The stories {@code index} lists for token {@code t}, made on first use. */
  private static BitSet storiesWith(BitSet[] index, int t) {
    if (index[t] == null) {
      index[t] = new BitSet();
    }
    return index[t];
  }

  /**
   * The matcher for one post and its summary entries (the entries count as documents for the token weights: a
   * word most entries use is as little telling as one most stories use).
   */
  public static SummaryMatcher of(Digest digest, List<String> summaryEntries) {
    return new SummaryMatcher(digest, summaryEntries);
  }

  private void collect(Section section, List<Story> found, List<Block> loose) {
    inHeadings.or(vocabularyTokens(section.heading().content()));
    if (section.role() == SectionRole.STORY) {
      found.add(story(section.asItem()));
      for (Section nested : section.subsections()) {
        collect(nested, found, loose);
      }
      return;
    }
    for (SectionElement e : section.elements()) {
      if (e instanceof Section nested) {
        collect(nested, found, loose);
      } else if (e instanceof Item item) {
        found.add(story(item));
      } else if (e instanceof MoreList list) {
        for (MoreEntry entry : list.entries()) {
          found.add(new Story(vocabularyTokens(entry.title()), vocabularyTokens(entry.description()), List.of()));
        }
      } else if (e instanceof Block b) {
        loose.add(b);
      }
    }
  }

  private Story story(Item item) {
    return new Story(vocabularyTokens(item.heading().content()), NONE, item.body());
  }

  /** The indices of the vocabulary tokens in inline Markdown. */
  private BitSet vocabularyTokens(String markdown) {
    BitSet out = new BitSet();
    addTokens(markdown, out);
    return out;
  }

  private void addTokens(String markdown, BitSet out) {
    readTokens(markdown, true, t -> {
      int k = vocabulary.indexOf(t);
      if (k >= 0) {
        out.set(k);
      }
    });
  }

  /** Adds the indices of the vocabulary tokens in a block's inline Markdown, leaf by leaf (none join leaves). */
  private void addText(Block block, BitSet out) {
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

  private void addBullets(List<Bullet> bullets, BitSet out) {
    for (Bullet b : bullets) {
      addTokens(b.text(), out);
      addBullets(b.children(), out);
    }
  }

  /** How well the post supports one summary entry. */
  public record Support(
      /** The best weighted share of the entry's tokens that one story holds (1 for an entry without tokens). */
      double story,
      /** The weighted share of the entry's tokens found anywhere in the post, body tokens at their weight. */
      double post) {}

  /**
   * How the post supports {@code entry}, one of the matcher's summary entries: a token counts with its weight,
   * fully where it is in a headline (or, for the post share, in text outside the stories) and {@code bodyWeight}
   * where it is only in a story's body.
   */
  public Support support(String entry, double bodyWeight) {
    if (!entryTokens.containsKey(entry)) {
      throw new IllegalArgumentException("not a summary entry of this matcher: " + entry);
    }
    return supports(bodyWeight, Double.POSITIVE_INFINITY).get(entry);
  }

  /**
   * The summary entries whose {@link Support#story()} plus {@link Support#post()} stays below {@code threshold},
   * with their support, in the order of the entries.
   */
  public Map<String, Support> unsupported(double bodyWeight, double threshold) {
    return supports(bodyWeight, threshold);
  }

  /**
   * The support of each summary entry that stays below {@code threshold}. Each is first measured on the
   * headlines, one-line entries and section headings, a story's headline counting only for the entries it
   * supports best (a summary names each story once, so the headline an entry matches best is about that entry,
   * not about another one that shares some of its words); then the text outside the stories and the story
   * bodies are read, the bodies one at a time, until no entry is below the threshold.
   */
  private Map<String, Support> supports(double bodyWeight, double threshold) {
    List<Measure> measures = new ArrayList<>();
    for (String text : entries) {
      measures.add(new Measure(text, bodyWeight));
    }
    double[] bestShare = new double[stories.size()];
    for (Measure m : measures) {
      for (int k = 0; k < bestShare.length; k++) {
        bestShare[k] = Math.max(bestShare[k], m.share(k));
      }
    }
    for (Measure m : measures) {
      m.keepHeadlinesItLeads(bestShare);
    }
    List<Measure> open = new ArrayList<>(measures);
    open.removeIf(m -> m.sum() >= threshold);
    if (!open.isEmpty() && !looseBlocks.isEmpty()) {
      BitSet text = new BitSet();
      for (Block b : looseBlocks) {
        addText(b, text);
      }
      for (Measure m : open) {
        m.readLoose(text);
      }
      open.removeIf(m -> m.sum() >= threshold);
    }
    double[] most = open.isEmpty() ? new double[0] : mostHeld(open);
    boolean[] read = new boolean[most.length];
    for (int k = nextToRead(most, read); k >= 0 && !open.isEmpty(); k = nextToRead(most, read)) {
      BitSet body = new BitSet();
      for (Block b : stories.get(k).body()) {
        addText(b, body);
      }
      if (!body.isEmpty()) {
        for (Measure m : open) {
          m.readBody(k, body, bodyWeight);
        }
        open.removeIf(m -> m.sum() >= threshold);
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

  /** For each story, the most of its share that an entry still open holds (the order its body is read in). */
  private double[] mostHeld(List<Measure> open) {
    double[] most = new double[stories.size()];
    for (Measure m : open) {
      for (int k = 0; k < most.length; k++) {
        most[k] = Math.max(most[k], m.held[k]);
      }
    }
    return most;
  }

  /**
   * The next story whose body is read, marked {@code read}; -1 when all are. Those that already hold most of an
   * entry still open come first (the first of equals first), for the body of an entry's own story (a headline
   * paraphrased in the summary) is the one likeliest to settle it.
   */
  private static int nextToRead(double[] most, boolean[] read) {
    int next = -1;
    for (int k = 0; k < most.length; k++) {
      if (!read[k] && (next < 0 || most[k] > most[next])) {
        next = k;
      }
    }
    if (next >= 0) {
      read[next] = true;
    }
    return next;
  }

  /** The support of one entry as far as the post has been read. */
  private final class Measure {
    final String text;
    /** The indices of the entry's tokens. */
    final int[] tokens;
    final double total;
    /** How much each token counts at its best place in the post so far. */
    final double[] anywhere;
    double best;
    /** Held share of each story so far, weighted (divided by {@code total} when compared). */
    final double[] held;

    /** The support of {@code text} by the headlines, one-line entries and section headings. */
    Measure(String text, double bodyWeight) {
      this.text = text;
      tokens = entryTokens.get(text);
      anywhere = new double[tokens.length];
      held = new double[stories.size()];
      double sum = 0;
      for (int i = 0; i < tokens.length; i++) {
        int t = tokens[i];
        sum += weights[t];
        anywhere[i] = inHeadings.get(t) ? 1 : 0;
        BitSet headlines = inHeadline[t] == null ? NONE : inHeadline[t];
        for (int k = headlines.nextSetBit(0); k >= 0; k = headlines.nextSetBit(k + 1)) {
          held[k] += weights[t];
          anywhere[i] = 1;
        }
        BitSet descriptions = inDescription[t] == null ? NONE : inDescription[t];
        for (int k = descriptions.nextSetBit(0); k >= 0; k = descriptions.nextSetBit(k + 1)) {
          if (!headlines.get(k)) {
            held[k] += bodyWeight * weights[t];
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

    /** The weighted share of the entry's tokens that story {@code k} holds so far. */
    double share(int k) {
      return tokens.length == 0 ? 0 : held[k] / total;
    }

    /** Takes back the headlines that support another entry better ({@code most}: the best share of each). */
    void keepHeadlinesItLeads(double[] most) {
      if (tokens.length == 0) {
        return;
      }
      best = 0;
      for (int k = 0; k < held.length; k++) {
        if (share(k) < most[k]) {
          held[k] = 0;
        }
        best = Math.max(best, share(k));
      }
    }

    /** Takes in the tokens of the text outside the stories: they count fully, for the post share only. */
    void readLoose(BitSet text) {
      for (int i = 0; i < tokens.length; i++) {
        if (text.get(tokens[i])) {
          anywhere[i] = 1;
        }
      }
    }

    /** Takes in the tokens of story {@code k}'s body: those not in its headline count {@code bodyWeight}. */
    void readBody(int k, BitSet body, double bodyWeight) {
      BitSet headline = stories.get(k).headline();
      for (int i = 0; i < tokens.length; i++) {
        int t = tokens[i];
        if (body.get(t) && !headline.get(t)) {
          held[k] += bodyWeight * weights[t];
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
        found += anywhere[i] * weights[tokens[i]];
      }
      return found / total;
    }

    double sum() {
      return best + post();
    }
  }

  /**
   * The weight of a token (one token of {@link #tokens}) in this post: the square of its smoothed inverse
   * document frequency over the stories and summary entries ({@code ln((n + 1) / (df + 1)) + 1}); squared, so
   * that the words of one story outweigh a subject shared by many clearly (measured on the corpus:
   * docs/rules/summary-unsupported.md).
   */
  double weight(String token) {
    int k = vocabulary.indexOf(tokens(token).iterator().next());
    return k >= 0 ? weights[k] : weight(0);
  }

  private double weight(int documentFrequency) {
    double idf = Math.log((documents + 1.0) / (documentFrequency + 1.0)) + 1;
    return idf * idf;
  }

  /** The tokens of a plain text, as numbers (see {@link #readTokens}). */
  public static Set<Long> tokens(String text) {
    Set<Long> out = new HashSet<>();
    readTokens(text, false, out::add);
    return out;
  }

  /** The tokens of inline Markdown: link destinations and bare URLs are left out; as a set, for tests. */
  static Set<Long> markdownTokens(String markdown) {
    Set<Long> out = new HashSet<>();
    readTokens(markdown, true, out::add);
    return out;
  }

  /**
   * Reads the tokens of a text in order, each as a number, no string made; with {@code skipUrls}, link
   * destinations and bare URLs are left out. A Latin/digit word of two or more characters is read lower-cased as
   * a number in base 37 (digits 1–10, letters 11–36): exact up to 12 characters (37<sup>12</sup> &lt;
   * 2<sup>63</sup>), so two words share a value only when both are longer and their base-37 values agree modulo
   * 2<sup>64</sup> — for real text, about one chance in 2<sup>64</sup> a pair. A CJK bigram is its two characters
   * with the sign bit set, so it is never a short word's value.
   */
  private static void readTokens(String text, boolean skipUrls, LongConsumer sink) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i++);
      if (c >= 0x80) { // most characters of a post: Chinese, read as bigrams
        if (i < n && Cjk.isCjk(c) && Cjk.isCjk(text.charAt(i))) {
          sink.accept(Long.MIN_VALUE | (long) c << 16 | text.charAt(i));
        }
      } else if (skipUrls && (c == ']' && i < n && text.charAt(i) == '('
          || c == 'h' && (text.startsWith("ttp://", i) || text.startsWith("ttps://", i)))) {
        i = urlEnd(text, i);
      } else if (digit(c) > 0) {
        long word = digit(c);
        int start = i - 1;
        while (i < n && digit(text.charAt(i)) > 0) {
          word = word * 37 + digit(text.charAt(i));
          i++;
        }
        if (i - start >= 2) {
          sink.accept(word);
        }
      }
    }
  }

  /** The end of a link destination or URL starting at {@code from}: the first {@code )} or white space. */
  private static int urlEnd(String text, int from) {
    int i = from;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == ')' || (c <= ' ' || c >= 0x80) && Character.isWhitespace(c)) {
        return i;
      }
      i++;
    }
    return i;
  }

  /** A word character's base-37 digit (the same for either case of a letter), 0 for any other character. */
  private static int digit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0' + 1;
    } else if (c >= 'a' && c <= 'z') {
      return c - 'a' + 11;
    } else if (c >= 'A' && c <= 'Z') {
      return c - 'A' + 11;
    }
    return 0;
  }

  /**
   * The summary entries' tokens, numbered from 0 in the order they are added: a hash table with open addressing
   * over primitive keys, for the post's every token is looked up here (a {@code Map<Long, Integer>} would box each).
   */
  private static final class Vocabulary {
    /** The most places a vocabulary starts with (a summary of any length fits; a longer one makes it grow). */
    private static final int MOST_PLACES_AT_FIRST = 1 << 12;

    private long[] keys;
    /** The number of the token at the same place in {@link #keys}, plus one; 0 where the place is free. */
    private int[] numbers;
    /** 64 minus the number of bits of a place. */
    private int shift;
    private int size;

    /** A vocabulary for about {@code expected} tokens, at most half full, so that searches end soon. */
    Vocabulary(int expected) {
      int places = 16;
      while (places < 2 * expected && places < MOST_PLACES_AT_FIRST) {
        places *= 2;
      }
      allocate(places);
    }

    private void allocate(int places) {
      keys = new long[places];
      numbers = new int[places];
      shift = 64 - Integer.numberOfTrailingZeros(places);
    }

    int size() {
      return size;
    }

    /** The number of {@code token}, or -1 when no entry holds it. */
    int indexOf(long token) {
      int mask = keys.length - 1;
      for (int at = place(token); numbers[at] != 0; at = (at + 1) & mask) {
        if (keys[at] == token) {
          return numbers[at] - 1;
        }
      }
      return -1;
    }

    /** The number of {@code token}, numbered anew when it is new. */
    int add(long token) {
      int known = indexOf(token);
      if (known >= 0) {
        return known;
      }
      if (2 * (size + 1) > keys.length) {
        grow();
      }
      put(token, ++size);
      return size - 1;
    }

    private void put(long token, int number) {
      int mask = keys.length - 1;
      int at = place(token);
      while (numbers[at] != 0) {
        at = (at + 1) & mask;
      }
      keys[at] = token;
      numbers[at] = number;
    }

    private void grow() {
      long[] oldKeys = keys;
      int[] oldNumbers = numbers;
      allocate(2 * keys.length);
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldNumbers[i] != 0) {
          put(oldKeys[i], oldNumbers[i]);
        }
      }
    }

    /** Where a token's search starts: the top bits of a multiplicative hash, which every bit of the token moves. */
    private int place(long token) {
      return (int) (token * 0x9E3779B97F4A7C15L >>> shift);
    }
  }

  /** The overlap coefficient |A∩B| / min(|A|, |B|) of two token sets (0 when either is empty). */
  public static double overlap(Set<Long> a, Set<Long> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<Long> small = a.size() <= b.size() ? a : b;
    Set<Long> large = small == a ? b : a;
    int common = 0;
    for (Long t : small) {
      if (large.contains(t)) {
        common++;
      }
    }
    return (double) common / small.size();
  }
}
