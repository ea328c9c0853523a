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
