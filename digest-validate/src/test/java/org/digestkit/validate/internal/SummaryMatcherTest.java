package org.digestkit.validate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.digestkit.core.Digest;
import org.junit.jupiter.api.Test;

/** The matcher's shares agree with their plain definitions on generated text, with and without an early stop. */
class SummaryMatcherTest {
  private static final String[] WORDS = {"模型", "发布", "开源", "芯片", "算力", "智能体", "OpenAI", "GPT", "agent", "数据",
      "训练", "推理", "v2", "API", "安全", "监管", "视频", "生成", "[链接](https://x.example/模型)", "https://y.example/芯片"};

  private static String phrase(Random rnd, int words) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < words; i++) {
      out.append(WORDS[rnd.nextInt(WORDS.length)]).append(rnd.nextInt(4) == 0 ? " " : "");
    }
    return out.toString();
  }

  @Test
  void bodySharesAreExactForOpenEntriesAndLowerBoundsAtLeastTheSettlingShareForSettledOnes() {
    Random rnd = new Random(11);
    for (int round = 0; round < 300; round++) {
      StringBuilder body = new StringBuilder("# T\n\n");
      for (int p = 0, n = 1 + rnd.nextInt(40); p < n; p++) { // up to about 1,000 tokens: the scan refills its buffer
        body.append(phrase(rnd, 1 + rnd.nextInt(12))).append("\n\n");
      }
      String text = body.toString();
      Digest digest = Digest.parse(text);
      SummaryMatcher matcher = SummaryMatcher.of(digest, List.of(), List.of(), text);
      Set<Integer> bodyCodes = new HashSet<>();
      for (int code : SummaryMatcher.markdownCodes(text)) {
        bodyCodes.add(code);
      }
      List<int[]> entries = new ArrayList<>();
      for (int e = 0, n = 1 + rnd.nextInt(70); e < n; e++) { // over 64: more than one batch
        entries.add(SummaryMatcher.codes(phrase(rnd, rnd.nextInt(6))));
      }
      double[] exact = new double[entries.size()];
      for (int e = 0; e < exact.length; e++) {
        int found = 0;
        for (int code : entries.get(e)) {
          found += bodyCodes.contains(code) ? 1 : 0;
        }
        exact[e] = entries.get(e).length == 0 ? 1 : (double) found / entries.get(e).length;
      }
      assertThat(matcher.bodyShares(entries, (e, share) -> false)).containsExactly(exact);
      double settle = rnd.nextDouble();
      double[] early = matcher.bodyShares(entries, (e, share) -> share >= settle);
      for (int e = 0; e < exact.length; e++) {
        if (exact[e] >= settle && entries.get(e).length > 0) {
          assertThat(early[e]).as("settled entry %d", e).isBetween(settle, exact[e]);
        } else {
          assertThat(early[e]).as("open entry %d", e).isEqualTo(exact[e]);
        }
      }
    }
  }

  /**
   * The best headline score of each entry is its largest overlap with a headline, exact below the {@code enough}
   * asked for (where matching may stop) and at least it above; the headline share of an entry below it is the
   * share of its tokens found in some headline.
   */
  @Test
  void headlineScoresAreTheBestOverlapAndTheShareFoundInHeadlines() {
    Random rnd = new Random(17);
    for (int round = 0; round < 300; round++) {
      List<org.digestkit.core.model.Item> items = new ArrayList<>();
      List<String> headlines = new ArrayList<>();
      for (int i = 0, n = rnd.nextInt(12); i < n; i++) {
        String headline = phrase(rnd, 1 + rnd.nextInt(6));
        headlines.add(headline);
        items.add(new org.digestkit.core.model.Item(org.digestkit.core.model.Heading.of(3, headline), List.of()));
      }
      SummaryMatcher matcher = SummaryMatcher.of(Digest.parse("# T\n"), items, List.of(), "# T\n");
      List<int[]> entries = new ArrayList<>();
      for (int e = 0, n = 1 + rnd.nextInt(70); e < n; e++) { // over 64: more than one batch
        entries.add(SummaryMatcher.codes(phrase(rnd, rnd.nextInt(6))));
      }
      double enough = rnd.nextDouble();
      SummaryMatcher.HeadlineScores scores = matcher.headlineScores(entries, enough);
      for (int e = 0; e < entries.size(); e++) {
        double best = 0;
        Set<Integer> inHeadlines = new HashSet<>();
        for (org.digestkit.core.model.Item item : items) {
          int[] codes = SummaryMatcher.markdownCodes(item.heading().content());
          best = Math.max(best, SummaryMatcher.overlap(entries.get(e), codes));
          for (int code : codes) {
            inHeadlines.add(code);
          }
        }
        if (best < enough) {
          assertThat(scores.best()[e]).as("entry %d", e).isEqualTo(best);
          int found = 0;
          for (int code : entries.get(e)) {
            found += inHeadlines.contains(code) ? 1 : 0;
          }
          assertThat(scores.shares()[e]).as("entry %d", e)
              .isEqualTo(entries.get(e).length == 0 ? 1 : (double) found / entries.get(e).length);
        } else {
          assertThat(scores.best()[e]).as("entry %d", e).isBetween(enough, best);
        }
      }
    }
  }

  /**
   * A huge post and entry (a 30,000-character headline, a 100,000-character body, an entry of some 40,000
   * distinct tokens) score as their definitions say, as an ordinary one does.
   */
  @Test
  void hugeTextsScoreByDefinition() {
    Random rnd = new Random(29);
    StringBuilder huge = new StringBuilder();
    while (huge.length() < 40_000) {
      huge.append((char) ('\u4E00' + rnd.nextInt(20_000)));
    }
    for (int round = 0; round < 2; round++) {
      boolean large = round == 0;
      String headline = large ? huge.substring(0, 30_000) : "模型发布 OpenAI";
      StringBuilder body = new StringBuilder("# T\n\n### ").append(headline).append("\n\n");
      while (body.length() < (large ? 100_000 : 200)) {
        body.append(phrase(rnd, 8)).append("\n\n");
      }
      String text = body.toString();
      Digest digest = Digest.parse(text);
      List<org.digestkit.core.model.Item> items = digest.items();
      SummaryMatcher matcher = SummaryMatcher.of(digest, items, List.of(), text);
      List<int[]> entries = List.of(SummaryMatcher.codes(large ? huge.toString() : "发布模型"),
          SummaryMatcher.codes("开源芯片 agent"));
      SummaryMatcher.HeadlineScores scores = matcher.headlineScores(entries, 2); // unreachable: every headline read
      Set<Integer> bodyCodes = new HashSet<>();
      for (int code : SummaryMatcher.markdownCodes(text)) { // no front matter: the body is the whole text
        bodyCodes.add(code);
      }
      double[] shares = matcher.bodyShares(entries, (e, share) -> false);
      for (int e = 0; e < entries.size(); e++) {
        int[] headlineCodes = SummaryMatcher.markdownCodes(items.get(0).heading().content());
        assertThat(scores.best()[e]).as("round %d entry %d", round, e)
            .isEqualTo(SummaryMatcher.overlap(entries.get(e), headlineCodes));
        int found = 0;
        for (int code : entries.get(e)) {
          found += bodyCodes.contains(code) ? 1 : 0;
        }
        assertThat(shares[e]).as("round %d entry %d", round, e).isEqualTo((double) found / entries.get(e).length);
      }
    }
  }

  /**
   * The tokenizer against its definition, written plainly: lower-cased Latin/digit words of two or more
   * characters, CJK bigrams, and (for Markdown) link destinations and bare URLs skipped where a token could start.
   */
  @Test
  void codesFollowTheTokenDefinition() {
    String[] pieces = {"模型", "发", "布", "Open", "AI", "gpt", "5", "H100", " ", "\t", "\u3000", "[", "]", "(", ")",
        "](", "http://a.b/c", "https://x.y/模型?q=Z", "h", "ttp", "xhttp://q", "HTTP://U", "、", "！", "é", "\u3400",
        "\uF900", "㐀", "Z"};
    Random rnd = new Random(23);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder();
      for (int p = rnd.nextInt(16); p >= 0; p--) {
        text.append(pieces[rnd.nextInt(pieces.length)]);
      }
      String t = text.toString();
      assertThat(SummaryMatcher.codes(t)).as(t).containsExactly(definition(t, false));
      assertThat(SummaryMatcher.markdownCodes(t)).as(t).containsExactly(definition(t, true));
    }
  }

  private static int[] definition(String text, boolean skipUrls) {
    java.util.LinkedHashSet<Integer> out = new java.util.LinkedHashSet<>();
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
      } else if (word(c)) {
        int j = i;
        while (j < n && word(text.charAt(j))) {
          j++;
        }
        if (j - i >= 2) {
          out.add(text.substring(i, j).toLowerCase(java.util.Locale.ROOT).hashCode() | 0x80000000);
        }
        i = j;
      } else {
        if (cjk(c) && i + 1 < n && cjk(text.charAt(i + 1))) {
          out.add((c << 16 | text.charAt(i + 1)) & 0x7FFFFFFF);
        }
        i++;
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  private static boolean word(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  private static boolean cjk(char c) {
    return Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
        || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A
        || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS;
  }

  @Test
  void entryCodesWithTheMatchersBuffersEqualTheStaticCodes() {
    Random rnd = new Random(5);
    SummaryMatcher matcher = SummaryMatcher.of(Digest.parse("# T\n"), List.of(), List.of(), "# T\n");
    for (int i = 0; i < 2_000; i++) {
      String entry = phrase(rnd, rnd.nextInt(40)); // long ones grow the buffers
      assertThat(matcher.entryCodes(entry)).as(entry).containsExactly(SummaryMatcher.codes(entry));
    }
  }
}
