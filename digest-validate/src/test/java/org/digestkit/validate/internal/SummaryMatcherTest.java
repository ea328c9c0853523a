package org.digestkit.validate.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.digestkit.core.Digest;
import org.junit.jupiter.api.Test;

/** The matcher's tokens, weights and support follow their definitions. */
class SummaryMatcherTest {
  private static final String POST = """
      # 日报

      ## 模型

      ### [OpenAI 发布 星火推理引擎](https://example.com/1)

      OpenAI 发布了新的推理引擎。

      ### [OpenAI 发布 语音助手](https://example.com/2)

      OpenAI 发布语音功能。

      **深度解读 & 洞察：**
      语音助手与潮汐能源电站合作。

      ### [OpenAI 发布 视频工具](https://example.com/3)

      视频生成更快。
      """;

  @Test
  void tokensAreLowerCasedLatinWordsAndCjkBigrams() {
    assertThat(SummaryMatcher.tokens("OpenAI发布GPT-5 新模型 a")).isEqualTo(union("openai", "发布", "gpt", "新模", "模型"));
    assertThat(SummaryMatcher.tokens("OpenAI")).isEqualTo(SummaryMatcher.tokens("openai")).hasSize(1);
    assertThat(SummaryMatcher.tokens("新模型")).hasSize(2);
    assertThat(SummaryMatcher.tokens("a 5 模 ， x")).isEmpty();
    assertThat(SummaryMatcher.markdownTokens("[模型](https://x.example/abc) 见 https://y.example/def 说明"))
        .isEqualTo(union("模型", "说明"));
    assertThat(SummaryMatcher.tokens("")).isEmpty();
  }

  @Test
  void differentWordsAndBigramsAreDifferentTokens() {
    // words of up to 12 characters are numbers in base 37, so no two share a value (base 31 would join "an", "c0")
    Set<Long> seen = new HashSet<>();
    String chars = "0123456789abcdefghijklmnopqrstuvwxyz";
    for (char a : chars.toCharArray()) {
      for (char b : chars.toCharArray()) {
        seen.addAll(SummaryMatcher.tokens("" + a + b));
        seen.addAll(SummaryMatcher.tokens("" + a + b + "0"));
      }
    }
    assertThat(seen).hasSize(2 * chars.length() * chars.length());
    assertThat(SummaryMatcher.tokens("abcdefghijkl")).doesNotContainAnyElementsOf(SummaryMatcher.tokens("abcdefghijkm"));
    assertThat(SummaryMatcher.tokens("模型")).doesNotContainAnyElementsOf(seen);
    assertThat(SummaryMatcher.tokens("模型")).isNotEqualTo(SummaryMatcher.tokens("型模"));
  }

  private static Set<Long> union(String... tokens) {
    Set<Long> out = new HashSet<>();
    for (String t : tokens) {
      assertThat(SummaryMatcher.tokens(t)).hasSize(1);
      out.addAll(SummaryMatcher.tokens(t));
    }
    return out;
  }

  @Test
  void overlapIsTheCommonShareOfTheSmallerSet() {
    assertThat(SummaryMatcher.overlap(Set.of(1L, 2L), Set.of(1L, 3L, 4L))).isEqualTo(0.5);
    assertThat(SummaryMatcher.overlap(Set.of(), Set.of(1L))).isZero();
  }

  @Test
  void aSubjectEveryStorySharesWeighsLessThanTheWordsOfOneStory() {
    SummaryMatcher m = SummaryMatcher.of(Digest.parse(POST), List.of("OpenAI 发布 星火推理引擎"));
    assertThat(m.weight("openai")).isLessThan(m.weight("星火"));
    assertThat(m.weight("发布")).isLessThan(m.weight("星火"));
    // a token nowhere in the post weighs most
    assertThat(m.weight("火星")).isGreaterThan(m.weight("星火"));
  }

  @Test
  void anEntryAboutAStoryIsSupportedByItsHeadline() {
    SummaryMatcher m = SummaryMatcher.of(Digest.parse(POST), List.of("OpenAI 发布 星火推理引擎"));
    SummaryMatcher.Support s = m.support("OpenAI 发布 星火推理引擎", 0.7);
    assertThat(s.story()).isCloseTo(1, within(1e-9));
    assertThat(s.post()).isCloseTo(1, within(1e-9));
  }

  @Test
  void wordsOnlyInABodyCountTheBodyWeight() {
    String entry = "潮汐能源电站";
    SummaryMatcher m = SummaryMatcher.of(Digest.parse(POST), List.of(entry));
    assertThat(m.support(entry, 0.7).story()).isCloseTo(0.7, within(1e-9));
    assertThat(m.support(entry, 0.3).story()).isCloseTo(0.3, within(1e-9));
  }

  @Test
  void aSwappedEntryOnASharedSubjectIsWeaklySupported() {
    String foreign = "OpenAI 发布火星基地水培蔬菜计划";
    SummaryMatcher m = SummaryMatcher.of(Digest.parse(POST), List.of(foreign));
    SummaryMatcher.Support s = m.support(foreign, 0.7);
    // "openai" and "发布" are in every headline, yet they are most of its tokens' count, not of their weight
    int shared = 2;
    assertThat((double) shared / SummaryMatcher.tokens(foreign).size()).isGreaterThan(s.story());
    assertThat(s.story() + s.post()).isLessThan(0.57);
  }

  @Test
  void aHeadlineCountsOnlyForTheEntryItSupportsBest() {
    String own = "OpenAI 发布 星火推理引擎";
    String other = "星火推理引擎遭遇火星沙尘暴"; // shares the headline's rarest words, is about something else
    double alone = SummaryMatcher.of(Digest.parse(POST), List.of(other)).support(other, 0.7).story();
    SummaryMatcher both = SummaryMatcher.of(Digest.parse(POST), List.of(own, other));
    assertThat(both.support(own, 0.7).story()).isCloseTo(1, within(1e-9));
    assertThat(alone).isGreaterThan(0.3);
    // the headline is the first entry's (its body adds only words the headline lacks); the words still count
    // for the whole post
    assertThat(both.support(other, 0.7).story()).isZero();
    assertThat(both.support(other, 0.7).post()).isGreaterThan(0.2);
  }

  @Test
  void anEntryWithoutTokensIsSupported() {
    SummaryMatcher m = SummaryMatcher.of(Digest.parse(POST), List.of("—"));
    assertThat(m.support("—", 0.7)).isEqualTo(new SummaryMatcher.Support(1, 1));
  }

  @Test
  void aSummaryWithThousandsOfWordsIsMatchedEntryByEntry() {
    // 3,000 distinct words: more than the vocabulary holds at first, so it grows while the entries are read
    StringBuilder post = new StringBuilder("# 日报\n\n## 新闻\n\n");
    List<String> entries = new java.util.ArrayList<>();
    for (int i = 0; i < 1500; i++) {
      String words = "alpha" + i + " beta" + i;
      post.append("### [").append(words).append("](https://example.com/").append(i).append(")\n\n事实。\n\n");
      entries.add(words);
    }
    entries.add("gamma delta");
    SummaryMatcher m = SummaryMatcher.of(Digest.parse(post.toString()), entries);
    assertThat(m.unsupported(0.6, 0.57)).containsOnlyKeys("gamma delta");
    assertThat(m.support("alpha1499 beta1499", 0.6).story()).isCloseTo(1, within(1e-9));
  }
}
