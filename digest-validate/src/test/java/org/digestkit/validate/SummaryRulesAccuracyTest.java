package org.digestkit.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.digestkit.core.Digest;
import org.digestkit.core.Posts;
import org.digestkit.core.model.FrontMatterValue;
import org.digestkit.core.model.Item;
import org.digestkit.core.model.ScalarStyle;
import org.digestkit.core.model.Summary;
import org.digestkit.core.model.SummaryEntry;
import org.digestkit.core.model.SummaryShape;
import org.digestkit.validate.internal.SummaryMatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures {@code summary-unsupported} by injecting defects into real posts: (a) one summary entry swapped
 * for an entry of a post 40 posts away, (b) the item a summary entry is about deleted from the body. A finding
 * on the injected entry is a true positive; a new finding on another entry is a false positive; no finding on
 * the injected entry is a miss. The figures are printed and stated in docs/rules/summary-unsupported.md.
 */
class SummaryRulesAccuracyTest {
  private static final String RULE = "summary-unsupported";
  private static List<Digest> digests;
  private static List<String> names;
  private static DigestValidator validator;

  @BeforeAll
  static void load() throws IOException {
    Path corpus = Posts.corpus();
    assumeTrue(corpus != null, "the shared corpus is not present");
    digests = new ArrayList<>();
    names = new ArrayList<>();
    for (Path p : Posts.all()) {
      if (!p.startsWith(corpus)) {
        continue;
      }
      Digest d = Digest.parse(p);
      if (d.frontMatter().category().orElse("").equals("AI 日报") && d.frontMatter().summary()
          .filter(s -> s.shape() == SummaryShape.BULLETS && s.entries().size() >= 3).isPresent()) {
        digests.add(d);
        names.add(p.toString());
      }
    }
    validator = DigestValidator.of(ValidationConfig.defaults().withRule(RULE, new RuleSetting(null, null,
        new org.digestkit.validate.spi.RuleOptions(java.util.Map.of("body-share",
            Double.parseDouble(System.getProperty("bodyShare", "0.5")), "combined",
            Double.parseDouble(System.getProperty("combined", "1.6")))))));
  }

  private static Set<String> flagged(Digest d, String name) {
    Set<String> out = new HashSet<>();
    List<SummaryEntry> entries = Digest.parse(d.toMarkdown()).frontMatter().summary().orElseThrow().entries();
    for (Finding f : validator.validate(d.toMarkdown(), name).of(RULE)) {
      for (SummaryEntry e : entries) {
        if (e.line() == f.line() && e.column() == f.column()) {
          out.add(e.text());
        }
      }
    }
    return out;
  }

  private static Digest withEntries(Digest d, List<String> entries) {
    return d.withFrontMatter(d.frontMatter().with("summary",
        new FrontMatterValue.Scalar(Summary.bulletText(entries), ScalarStyle.DOUBLE_QUOTED)));
  }

  @Test
  void precisionAndRecallOnInjectedDefects() {
    SplittableRandom random = new SplittableRandom(42);
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int swapTp = 0;
    int swaps = 0;
    int deleteTp = 0;
    int deletes = 0;
    int cleanPostsFlagged = 0;
    for (int i = 0; i < digests.size(); i++) {
      Digest d = digests.get(i);
      Set<String> baseline = flagged(d, names.get(i));
      if (!baseline.isEmpty()) {
        cleanPostsFlagged++;
      }
      List<String> texts = d.frontMatter().summary().orElseThrow().entries().stream().map(SummaryEntry::text).toList();
      // (a) swap one entry for another day's entry
      Digest donor = digests.get((i + 40) % digests.size());
      List<SummaryEntry> donorEntries = donor.frontMatter().summary().orElseThrow().entries();
      String foreign = donorEntries.get(random.nextInt(donorEntries.size())).text();
      int k = random.nextInt(texts.size());
      List<String> swapped = new ArrayList<>(texts);
      swapped.set(k, foreign);
      Set<String> after = flagged(withEntries(d, swapped), names.get(i));
      swaps++;
      if (after.contains(foreign)) {
        tp++;
        swapTp++;
      } else {
        fn++;
      }
      for (String t : after) {
        if (!t.equals(foreign) && !baseline.contains(t)) {
          fp++;
        }
      }
      // (b) delete the item an entry is about
      List<Item> items = d.items();
      int e = random.nextInt(texts.size());
      Set<String> tokens = SummaryMatcher.tokens(texts.get(e));
      Item about = null;
      double best = 0.5;
      for (Item item : items) {
        double s = SummaryMatcher.overlap(tokens, SummaryMatcher.tokens(item.headline()));
        if (s > best) {
          best = s;
          about = item;
        }
      }
      if (about == null) {
        continue;
      }
      Set<String> afterDelete = flagged(d.removeItem(about), names.get(i));
      deletes++;
      if (afterDelete.contains(texts.get(e))) {
        tp++;
        deleteTp++;
      } else {
        fn++;
      }
      for (String t : afterDelete) {
        if (!t.equals(texts.get(e)) && !baseline.contains(t)) {
          fp++;
        }
      }
    }
    double precision = (double) tp / Math.max(1, tp + fp);
    double recall = (double) tp / Math.max(1, tp + fn);
    System.out.printf("summary-unsupported on %d posts: swap recall %d/%d, delete recall %d/%d, precision %.3f,"
        + " recall %.3f, clean posts flagged %d%n", digests.size(), swapTp, swaps, deleteTp, deletes, precision,
        recall, cleanPostsFlagged);
    assertThat(precision).isGreaterThanOrEqualTo(0.95);
    assertThat(recall).isGreaterThanOrEqualTo(0.6);
  }
}
