package org.digestkit.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.digestkit.core.Digest;
import org.digestkit.core.Posts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Digest rules run only on the posts the configuration counts as digests; articles in the same folder get the
 * rules for every post only.
 */
class DigestSelectionTest {
  /** A short technical article: no sections, code blocks (the 44-line tutorial had stub-post errors). */
  static final String ARTICLE = """
      ---
      title: "Linux 端口转发"
      date: 2022-10-01
      tags: ["linux"]
      category: "技术分享"
      ---
      # Linux 端口转发

      本文讲述如何在 Linux 下用 rinetd 做端口转发。

      安装 rinetd：

      ```bash
      apt install rinetd
      ```

      配置转发规则：

          0.0.0.0 3306 10.0.0.2 3306

      重启服务即可。
      """;

  /** Book notes: sections and headings, one of them "更多", no links, a prose summary. */
  static final String NOTES = """
      ---
      title: 读书笔记
      date: 2025-09-24
      category: 读书
      summary: "一本关于习惯的书，讲述了微小改变如何累积。"
      ---
      # 读书笔记

      ## 第一部分

      ### 习惯的力量

      习惯是自动化的行为。

      ## 更多想法

      - 每天进步一点
      """;

  /** A digest that is only a title and a paragraph, with a headline summary: a stub. */
  static final String STUB = """
      ---
      title: 示例日报
      date: 2026-07-02
      category: AI 日报
      summary: "- 示例模型发布\\n- 示例工具更新"
      ---
      # 示例日报

      今日内容生成失败。
      """;

  /** A digest with one linked item. */
  static final String SHORT_DIGEST = """
      ---
      title: 示例日报
      date: 2026-07-02
      category: AI 日报
      ---
      # 示例日报

      ## 模型

      ### [示例模型发布](https://example.com/news/1)

      示例模型发布了新版本。
      """;

  @TempDir
  Path dir;

  private static Set<String> digestRuleFindings(DigestValidator v, String post, String file) {
    Set<String> allPosts = v.rules().stream().filter(r -> r.rule().appliesToAllPosts()).map(r -> r.rule().id())
        .collect(Collectors.toSet());
    return v.validate(post, file).findings().stream().map(Finding::rule).filter(r -> !allPosts.contains(r))
        .collect(Collectors.toSet());
  }

  @Test
  void byDefaultArticlesGetNoDigestRules() {
    DigestValidator v = DigestValidator.defaults();
    assertThat(digestRuleFindings(v, ARTICLE, "article.md")).isEmpty();
    assertThat(digestRuleFindings(v, NOTES, "notes.md")).isEmpty();
    // the rules for every post still run on articles
    assertThat(v.validate(ARTICLE.replace("重启服务", "重启\u0007服务"), "a.md").of("control-character")).hasSize(1);
    assertThat(v.validate(ARTICLE.replace("2022-10-01", "2022-13-01"), "a.md").of("front-matter-date")).hasSize(1);
  }

  @Test
  void byDefaultPostsWithADigestShapeGetThem() {
    DigestValidator v = DigestValidator.defaults();
    assertThat(digestRuleFindings(v, SHORT_DIGEST, "d.md")).contains("few-items");
    assertThat(digestRuleFindings(v, STUB, "s.md")).contains("stub-post");
    // an analysis label, or headlines separated by "；", are digest marks too
    String labelled = NOTES.replace("习惯是自动化的行为。", "习惯是自动化的行为。\n\n**影响：** 更少的意志力。");
    assertThat(DigestSelection.hasDigestShape(Digest.parse(labelled))).isTrue();
    String semicolons = STUB.replace("- 示例模型发布\\n- 示例工具更新", "示例模型发布；示例工具更新；示例芯片出货");
    assertThat(DigestSelection.hasDigestShape(Digest.parse(semicolons))).isTrue();
    assertThat(DigestSelection.hasDigestShape(Digest.parse(NOTES))).isFalse();
    // a stub without a headline summary has no digest shape: only configuration can say it is a digest
    String bareStub = STUB.replace("summary: \"- 示例模型发布\\n- 示例工具更新\"\n", "");
    assertThat(digestRuleFindings(v, bareStub, "s.md")).isEmpty();
    DigestValidator all = DigestValidator.of(ValidationConfig.defaults().withDigests(DigestSelection.all()));
    assertThat(digestRuleFindings(all, bareStub, "s.md")).contains("stub-post");
    assertThat(digestRuleFindings(all, ARTICLE, "article.md")).contains("stub-post");
  }

  @Test
  void theConfigurationSaysWhichPostsAreDigests() throws IOException {
    Files.writeString(dir.resolve(ValidationConfig.FILE_NAME), """
        digests:
          when: {category: [AI 日报, 周报]}
        """);
    DigestValidator v = DigestValidator.of(ValidationConfig.load(dir.resolve(ValidationConfig.FILE_NAME)));
    String bareStub = STUB.replace("summary: \"- 示例模型发布\\n- 示例工具更新\"\n", "");
    assertThat(digestRuleFindings(v, bareStub, "s.md")).contains("stub-post");
    assertThat(digestRuleFindings(v, bareStub.replace("AI 日报", "周报"), "s.md")).contains("stub-post");
    assertThat(digestRuleFindings(v, ARTICLE, "a.md")).isEmpty();
    // a digest-shaped post of another category is not a digest when the configuration says so
    assertThat(digestRuleFindings(v, SHORT_DIGEST.replace("AI 日报", "新闻"), "d.md")).isEmpty();
  }

  @Test
  void includeAndExcludeGlobsAreRelativeToTheConfigurationFolder() throws IOException {
    Path config = Files.writeString(dir.resolve(ValidationConfig.FILE_NAME), """
        digests:
          include: ["daily/**"]
          exclude: ["daily/drafts/*", "*-notes.md"]
        """);
    DigestValidator v = DigestValidator.of(ValidationConfig.load(config));
    String bareStub = STUB.replace("summary: \"- 示例模型发布\\n- 示例工具更新\"\n", "");
    assertThat(digestRuleFindings(v, bareStub, dir.resolve("daily/2026/a.md").toString())).contains("stub-post");
    assertThat(digestRuleFindings(v, bareStub, dir.resolve("daily/drafts/a.md").toString())).isEmpty();
    assertThat(digestRuleFindings(v, bareStub, dir.resolve("daily/2026/x-notes.md").toString())).isEmpty();
    assertThat(digestRuleFindings(v, SHORT_DIGEST, dir.resolve("articles/a.md").toString())).isEmpty();
    // when digests: all, every post
    Files.writeString(config, "digests: all\n");
    DigestValidator all = DigestValidator.of(ValidationConfig.load(config));
    assertThat(digestRuleFindings(all, ARTICLE, dir.resolve("a.md").toString())).contains("stub-post");
  }

  /**
   * On the real corpus: no digest rule finding on any of its articles under the default profile, and under the
   * blog's profile the digests get exactly the findings they get when every post counts as a digest.
   */
  @Test
  void onTheCorpusArticlesGetNoDigestFindingsAndDigestsLoseNone() throws IOException {
    Path corpus = Posts.corpus();
    org.junit.jupiter.api.Assumptions.assumeTrue(corpus != null, "the shared corpus is not present");
    List<Path> posts = Posts.all().stream().filter(p -> p.startsWith(corpus)).toList();
    DigestValidator general = DigestValidator.defaults();
    DigestValidator blog = DigestValidator.of(ValidationConfig.profile("aicode-ai-daily"));
    DigestValidator blogAll = DigestValidator.of(ValidationConfig.profile("aicode-ai-daily")
        .withDigests(DigestSelection.all()));
    int articles = 0;
    int digests = 0;
    for (Path post : posts) {
      String text = Files.readString(post);
      boolean digest = Digest.parse(text).frontMatter().category().orElse("").equals("AI 日报");
      if (digest) {
        digests++;
        assertThat(blog.validate(post).findings()).as(post.toString())
            .isEqualTo(blogAll.validate(post).findings());
      } else {
        articles++;
        assertThat(digestRuleFindings(general, text, post.toString())).as(post.toString()).isEmpty();
        assertThat(digestRuleFindings(blog, text, post.toString())).as(post.toString()).isEmpty();
      }
    }
    assertThat(articles).isPositive();
    assertThat(digests).isPositive();
  }
}
