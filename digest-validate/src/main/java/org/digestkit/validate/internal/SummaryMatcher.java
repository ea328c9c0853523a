package org.digestkit.validate.internal;

import java.util.ArrayList;
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
    List<Story> stories = new ArrayList<>();
    StringBuilder loose = new StringBuilder();
    for (Block b : digest.intro()) {
      appendText(b, loose);
    }
    for (Section s : digest.sections()) {
      collect(s, stories, loose);
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
    return new SummaryMatcher(List.copyOf(stories), markdownTokens(loose.toString()), frequency,
        stories.size() + summaryEntries.size());
  }

  private static void count(Set<String> tokens, Map<String, Integer> frequency) {
    for (String t : tokens) {
      frequency.merge(t, 1, Integer::sum);
    }
  }

  private static void collect(Section section, List<Story> stories, StringBuilder loose) {
    loose.append(section.heading().content()).append('\n');
    if (section.role() == SectionRole.STORY) {
      stories.add(story(section.asItem()));
      for (Section nested : section.subsections()) {
        collect(nested, stories, loose);
      }
      return;
    }
    for (SectionElement e : section.elements()) {
      if (e instanceof Section nested) {
        collect(nested, stories, loose);
      } else if (e instanceof Item item) {
        stories.add(story(item));
      } else if (e instanceof MoreList list) {
        for (MoreEntry entry : list.entries()) {
          stories.add(new Story(markdownTokens(entry.title()), markdownTokens(entry.description())));
        }
      } else if (e instanceof Block b) {
        appendText(b, loose);
      }
    }
  }

  private static Story story(Item item) {
    StringBuilder body = new StringBuilder();
    for (Block b : item.body()) {
      appendText(b, body);
    }
    return new Story(markdownTokens(item.heading().content()), markdownTokens(body.toString()));
  }

  /** The inline Markdown of a block, one line per leaf (tokens never join across leaves). */
  private static void appendText(Block block, StringBuilder out) {
    if (block instanceof Paragraph p) {
      out.append(p.text()).append('\n');
    } else if (block instanceof BulletList list) {
      appendBullets(list.bullets(), out);
    } else if (block instanceof LabelledBlock lb) {
      out.append(lb.label().text()).append('\n');
      for (Block b : lb.content()) {
        appendText(b, out);
      }
    } else if (block instanceof MoreList list) {
      for (MoreEntry e : list.entries()) {
        out.append(e.title()).append('\n').append(e.description()).append('\n');
      }
    } else if (block instanceof Table t) {
      out.append(String.join("\n", t.header())).append('\n');
      for (List<String> row : t.rows()) {
        out.append(String.join("\n", row)).append('\n');
      }
    } else if (block instanceof RawBlock r) {
      out.append(r.text()).append('\n');
    }
  }

  private static void appendBullets(List<Bullet> bullets, StringBuilder out) {
    for (Bullet b : bullets) {
      out.append(b.text()).append('\n');
      appendBullets(b.children(), out);
    }
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
    Set<String> tokens = tokens(entry);
    if (tokens.isEmpty()) {
      return new Support(1, 1);
    }
    double total = 0;
    Map<String, Double> weights = new HashMap<>();
    for (String t : tokens) {
      double w = weight(t);
      weights.put(t, w);
      total += w;
    }
    double best = 0;
    Map<String, Double> anywhere = new HashMap<>();
    for (Story s : stories) {
      double held = 0;
      for (Map.Entry<String, Double> t : weights.entrySet()) {
        double at = s.at(t.getKey(), bodyWeight);
        if (at > 0) {
          held += at * t.getValue();
          anywhere.merge(t.getKey(), at, Math::max);
        }
      }
      best = Math.max(best, held / total);
    }
    double found = 0;
    for (Map.Entry<String, Double> t : weights.entrySet()) {
      double at = loose.contains(t.getKey()) ? 1 : anywhere.getOrDefault(t.getKey(), 0.0);
      found += at * t.getValue();
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
    return tokens(text, false);
  }

  /** The tokens of inline Markdown: link destinations and bare URLs are left out. */
  public static Set<String> markdownTokens(String markdown) {
    return tokens(markdown, true);
  }

  private static Set<String> tokens(String text, boolean skipUrls) {
    Set<String> out = new HashSet<>();
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
        while (j < n && isWordChar(text.charAt(j))) {
          j++;
        }
        if (j - i >= 2) {
          out.add(text.substring(i, j).toLowerCase(Locale.ROOT));
        }
        i = j;
      } else {
        if (isCjk(c) && i + 1 < n && isCjk(text.charAt(i + 1))) {
          out.add(text.substring(i, i + 2));
        }
        i++;
      }
    }
    return out;
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

  private static boolean isCjk(char c) {
    return c >= '\u4E00' && c <= '\u9FFF' || c >= '\u3400' && c <= '\u4DBF' || c >= '\uF900' && c <= '\uFAFF';
  }
}
