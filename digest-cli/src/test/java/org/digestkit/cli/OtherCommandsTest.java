package org.digestkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.digestkit.core.Digest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code new}, {@code convert}, {@code rules}, {@code --version}, {@code --help}, completion. */
class OtherCommandsTest {
  @TempDir
  Path dir;

  @Test
  void newWritesAValidCanonicalSkeleton() throws Exception {
    Path out = dir.resolve("p.md");
    Cli r = Cli.run("new", "--title", "AI 日报：测试", "--date", "2026-07-02", "--category", "AI 日报", "--tags",
        "AI,AI 日报", "-o", out.toString());
    assertThat(r.exit()).isEqualTo(0);
    String text = Files.readString(out);
    assertThat(text).startsWith("---\ntitle: AI 日报：测试\ndate: 2026-07-02\ncategory: AI 日报\ntags: [\"AI\",\"AI 日报\"]\n");
    Digest d = Digest.parse(text);
    assertThat(d.items()).hasSize(3); // enough items for few-items: the skeleton passes the profile
    Cli v = Cli.run("validate", out.toString());
    assertThat(v.exit()).as(v.out()).isEqualTo(0);
    assertThat(v.out()).contains("0 errors");
    assertThat(Cli.run("new", "--title", "x", "-o", out.toString()).exit()).as("never overwrites").isEqualTo(2);
  }

  @Test
  void convertGoesBothWays() throws Exception {
    Path md = dir.resolve("p.md");
    Files.writeString(md, ValidateCommandTest.CLEAN);
    Path json = dir.resolve("p.json");
    assertThat(Cli.run("convert", "--to", "json", md.toString(), "-o", json.toString()).exit()).isEqualTo(0);
    assertThat(Files.readString(json)).contains("\"$schema\"").contains("\"headline\" : \"甲\"");
    Cli back = Cli.run("convert", json.toString());
    assertThat(back.exit()).isEqualTo(0);
    assertThat(Digest.parse(back.out())).isEqualTo(Digest.parse(ValidateCommandTest.CLEAN));
    Files.writeString(json, "{\"sections\": [{\"type\": \"section\"}]}");
    Cli bad = Cli.run("convert", json.toString());
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("$.sections[0]");
  }

  @Test
  void convertWritesNoMarkdownThatWouldReadBackAsAnotherPost() throws Exception {
    Path json = dir.resolve("p.json");
    Path md = dir.resolve("p.md");
    Files.writeString(md, "previous\n");
    // JSON holds the model exactly: a paragraph "1. 第一点" is text, but written out it would be a numbered list
    Files.writeString(json, "{\"title\": \"t\", \"sections\": [{\"type\": \"section\", \"headline\": \"要点\","
        + " \"elements\": [{\"type\": \"paragraph\", \"text\": \"1. 第一点\"}]}]}");
    Cli bad = Cli.run("convert", json.toString(), "-o", md.toString());
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("would read back as another one").contains("line 3, column 1").contains("## 要点");
    assertThat(Files.readString(md)).isEqualTo("previous\n");
    Files.writeString(json, "{\"title\": \"t\", \"sections\": [{\"type\": \"section\", \"headline\": \"要点\","
        + " \"elements\": [{\"type\": \"paragraph\", \"text\": \"1\\\\. 第一点\"}]}]}");
    assertThat(Cli.run("convert", json.toString(), "-o", md.toString()).exit()).isEqualTo(0);
    assertThat(Files.readString(md)).contains("1\\. 第一点");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void rulesListsTheProfileAndPrintsAPage() {
    Cli list = Cli.run("rules", "--profile", "aicode-ai-daily");
    assertThat(list.out()).startsWith("profile: aicode-ai-daily (digest rules run on: category AI 日报)")
        .containsPattern("label-corrupted\\s+error\\s+on")
        .containsPattern("footer-template\\s+error\\s+on")
        .containsPattern("summary-headline-mismatch\\s+error\\s+off");
    assertThat(Cli.run("rules").out()).containsPattern("footer-template\\s+error\\s+off");
    Cli page = Cli.run("rules", "label-corrupted");
    assertThat(page.out()).startsWith("# label-corrupted").contains("## Failing example");
    assertThat(Cli.run("rules", "nope").exit()).isEqualTo(2);
  }

  @Test
  void renderWritesOneFilePerPostOrOneFeed() throws Exception {
    Path posts = Files.createDirectories(dir.resolve("posts"));
    Files.writeString(posts.resolve("2026-07-02-a.md"), ValidateCommandTest.CLEAN);
    Files.writeString(posts.resolve("2026-07-03-b.md"), ValidateCommandTest.CLEAN.replace("2026-07-02", "2026-07-03"));
    Path out = dir.resolve("out");
    for (String format : List.of("html", "html-page", "markdown", "json", "text", "telegram")) {
      Cli r = Cli.run("render", "--format", format, posts.toString(), "-o", out.toString());
      assertThat(r.exit()).as(format + r.err()).isEqualTo(0);
    }
    try (java.util.stream.Stream<Path> s = Files.list(out)) {
      assertThat(s.map(p -> p.getFileName().toString())).contains("2026-07-02-a.html", "2026-07-03-b.telegram.json",
          "2026-07-02-a.md", "2026-07-02-a.txt", "2026-07-02-a.json");
    }
    assertThat(Files.readString(out.resolve("2026-07-02-a.md"))).isEqualTo(ValidateCommandTest.CLEAN);
    Cli rss = Cli.run("render", "--format", "rss", "--site-url", "https://blog.example.org/", posts.toString());
    assertThat(rss.out()).startsWith("<?xml").contains("<link>https://blog.example.org/2026-07-03-b.html</link>");
    assertThat(rss.out().indexOf("2026-07-03-b")).isLessThan(rss.out().indexOf("2026-07-02-a.html"));
    assertThat(Cli.run("render", "--format", "pdf", posts.toString()).exit()).isEqualTo(2);
  }

  @Test
  void versionHelpAndCompletion() {
    assertThat(Cli.run("--version").out()).startsWith("digest 0.1.0");
    Cli help = Cli.run("--help");
    assertThat(help.exit()).isEqualTo(0);
    assertThat(help.out()).contains("validate").contains("fmt").contains("fix").contains("convert")
        .contains("generate-completion");
    assertThat(Cli.run("validate", "--help").out()).contains("--fail-on").contains("sarif");
    assertThat(Cli.run("generate-completion").out()).contains("complete");
  }
}
