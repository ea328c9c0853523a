package org.digestkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.digestkit.core.Digest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each example runs and does what its javadoc says, so the examples cannot rot. */
class ExamplesTest {
  @TempDir
  Path dir;

  @Test
  void generatePostBuildsAPostThatReadsBackEqual() {
    Digest d = GeneratePost.build(LocalDate.of(2026, 7, 2));
    assertThat(Digest.parse(d.toMarkdown())).isEqualTo(d);
    assertThat(d.items()).hasSize(3);
  }

  @Test
  void validateFolderCountsErrors() throws Exception {
    Files.writeString(dir.resolve("good.md"), GeneratePost.build(LocalDate.of(2026, 7, 2)).toMarkdown());
    // a stub digest: its headline summary gives it a digest's shape, so the digest rules run on it
    Files.writeString(dir.resolve("stub.md"),
        "---\ntitle: t\ndate: 2026-07-02\nsummary: \"- 一\\n- 二\"\n---\n# t\n\n只有一段。\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int errors = ValidateFolder.run(dir, "default", new PrintStream(out, true, StandardCharsets.UTF_8));
    assertThat(errors).isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("stub.md:6:1: error stub-post").contains("2 posts, 1 errors");
  }

  @Test
  void typedFrontMatterReadsAPostAsItsSitesRecord() throws Exception {
    Path post = dir.resolve("good.md");
    Files.writeString(post, GeneratePost.build(LocalDate.of(2026, 7, 2)).toMarkdown());
    assertThat(TypedFrontMatter.check(post)).isEmpty();
    TypedFrontMatter.Meta meta = TypedFrontMatter.read(post);
    assertThat(meta.date()).isEqualTo(LocalDate.of(2026, 7, 2));
    assertThat(meta.category()).isEqualTo(TypedFrontMatter.Category.AI_DAILY);
    assertThat(meta.tags()).containsExactly("AI", "AI 日报");
  }

  @Test
  void typedFrontMatterReportsEachProblemAtItsKey() throws Exception {
    Path post = dir.resolve("bad.md");
    Files.writeString(post, """
        ---
        title: 日报
        date: 2026-07-02
        category: AI 日报
        tags:
          - AI
          - ""
        coverImage: http://example.com/c.png
        ---
        # 日报
        """);
    assertThat(TypedFrontMatter.check(post)).containsExactly(
        "7:5 front-matter key 'tags[1]' must not be blank",
        "8:1 front-matter key 'coverImage' must be an https URL");
    Files.writeString(post, "---\ntitle: 日报\ndate: 2026-07-02\ncategory: 天气\ntags: [AI]\n---\n# 日报\n");
    assertThat(TypedFrontMatter.check(post)).singleElement()
        .satisfies(p -> assertThat(p).startsWith("4:1 front-matter key 'category' cannot be read as Meta"));
  }

  @Test
  void theSitesSchemaChecksWhatTheRecordChecks() throws Exception {
    // the CLI way: .digestkit.yaml names the schema; posts in the folder are checked against it
    for (String name : List.of(".digestkit.yaml", "meta.schema.json")) {
      Files.copy(Path.of("site", name), dir.resolve(name));
    }
    Path post = dir.resolve("2026-07-02.md");
    Files.writeString(post, GeneratePost.build(LocalDate.of(2026, 7, 2)).toMarkdown());
    org.digestkit.validate.DigestValidator validator =
        org.digestkit.validate.DigestValidator.of(org.digestkit.validate.ValidationConfig.forPost(post));
    assertThat(validator.validate(post).of("front-matter-schema")).isEmpty();
    Files.writeString(post, "---\ntitle: 日报\ndate: 2026-07-02\ncategory: 天气\ntags:\n  - AI\n  - ''\n---\n# 日报\n");
    assertThat(validator.validate(post).of("front-matter-schema"))
        .extracting(f -> f.line() + ":" + f.column() + " " + f.message())
        .containsExactly("4:1 front-matter key 'category' does not have a value in the enumeration [\"AI 日报\", \"读书\"]",
            "7:5 front-matter key 'tags[1]' must be at least 1 characters long");
  }

  @Test
  void editPostChangesOnlyTheHeadingLine() throws Exception {
    Path post = dir.resolve("p.md");
    String before = GeneratePost.build(LocalDate.of(2026, 7, 2)).toMarkdown();
    Files.writeString(post, before);
    EditPost.run(post, "https://example.com/changed");
    String after = Files.readString(post);
    List<String> a = before.lines().toList();
    List<String> b = after.lines().toList();
    assertThat(b).hasSameSizeAs(a);
    int changed = 0;
    for (int i = 0; i < a.size(); i++) {
      if (!a.get(i).equals(b.get(i))) {
        changed++;
        assertThat(b.get(i)).isEqualTo("### [示例模型发布新版本](https://example.com/changed)");
      }
    }
    assertThat(changed).isEqualTo(1);
  }

  @Test
  void renderPostWritesPageMessagesAndFeed() throws Exception {
    Path post = dir.resolve("p.md");
    Files.writeString(post, GeneratePost.build(LocalDate.of(2026, 7, 2)).toMarkdown());
    List<String> messages = RenderPost.run(post, dir.resolve("out"));
    assertThat(messages).isNotEmpty();
    assertThat(Files.readString(dir.resolve("out/page.html"))).contains("<h1>AI 日报：模型与工具</h1>");
    assertThat(Files.readString(dir.resolve("out/feed.xml"))).contains("<rss version=\"2.0\"");
    assertThat(Files.readString(dir.resolve("out/telegram-1.html"))).contains("<b>AI 日报：模型与工具</b>");
  }
}
