package org.digestkit.validate.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
    assertThat(SummaryMatcher.tokens("OpenAI发布GPT-5 新模型 a")).containsExactlyInAnyOrder("openai", "发布", "gpt",
        "新模", "模型");
    assertThat(SummaryMatcher.markdownTokens("[模型](https://x.example/abc) 见 https://y.example/def 说明"))
        .containsExactlyInAnyOrder("模型", "说明");
    assertThat(SummaryMatcher.tokens("")).isEmpty();
  }

  @Test
  void overlapIsTheCommonShareOfTheSmallerSet() {
    assertThat(SummaryMatcher.overlap(Set.of("a", "b"), Set.of("a", "c", "d"))).isEqualTo(0.5);
    assertThat(SummaryMatcher.overlap(Set.of(), Set.of("a"))).isZero();
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
  void anEntryWithoutTokensIsSupported() {
    SummaryMatcher m = SummaryMatcher.of(Digest.parse(POST), List.of("—"));
    assertThat(m.support("—", 0.7)).isEqualTo(new SummaryMatcher.Support(1, 1));
  }
}
