package org.digestkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command line around configuration, rule pages, mixed folders, the sample posts and {@code digest new}, as a
 * user meets them.
 */
class ConfigRulesAndNewTest {
  private static final String ARTICLE = """
      ---
      title: "端口转发"
      date: 2022-10-01
      category: "技术分享"
      ---
      # 端口转发

      本文讲述如何在 Linux 下做端口转发。

      ```bash
      apt install rinetd
      ```

      重启服务即可。
      """;

  @TempDir
  Path dir;

  @Test
  void aBadConfigurationAnywhereStopsTheRunWithItsPosition() throws Exception {
    Path posts = Files.createDirectories(dir.resolve("posts/sub"));
    Files.writeString(dir.resolve("posts/a.md"), ValidateCommandTest.CLEAN);
    Files.writeString(posts.resolve("b.md"), ValidateCommandTest.CLEAN);
    Files.writeString(posts.resolve(".digestkit.yaml"), "rules:\n  few-items: {min: 2147483648}\n");
    Cli r = Cli.run("validate", dir.resolve("posts").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains(posts.resolve(".digestkit.yaml") + ":2:20: rule few-items: option 'min' must be")
        .doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(r.out()).isEmpty();
    Files.writeString(posts.resolve(".digestkit.yaml"), "rules:\n  few-itmes: off\n");
    Cli typo = Cli.run("validate", "--format", "json", dir.resolve("posts").toString());
    assertThat(typo.exit()).isEqualTo(2);
    assertThat(typo.err()).contains(":2:3: unknown rule 'few-itmes' (did you mean few-items?)");
  }

  @Test
  void anEmptyConfigurationMeansNoSettings() throws Exception {
    Path posts = Files.createDirectories(dir.resolve("posts"));
    Files.writeString(posts.resolve("a.md"), ValidateCommandTest.CLEAN);
    Files.writeString(posts.resolve(".digestkit.yaml"), "");
    Cli r = Cli.run("validate", posts.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    Files.writeString(posts.resolve(".digestkit.yaml"), "# nothing yet\n");
    assertThat(Cli.run("validate", posts.toString()).exit()).isZero();
  }

  @Test
  void builtInIdsAreListedAndDocumented() {
    Cli list = Cli.run("rules");
    assertThat(list.exit()).isZero();
    assertThat(list.out()).containsPattern("(?m)^parse-error +error +on ").containsPattern("(?m)^rule-failure +error +on ");
    for (String id : new String[] {"parse-error", "rule-failure"}) {
      Cli page = Cli.run("rules", id);
      assertThat(page.exit()).isZero();
      assertThat(page.out()).startsWith("# " + id + "\n").contains("## Why");
    }
  }

  @Test
  void sarifHelpLinksOfBuiltInIdsPointAtTheirPages() throws Exception {
    Path post = Files.writeString(dir.resolve("bad.md"), "---\ntitle: [x\n---\n# x\n");
    JsonNode sarif = JsonMapper.shared().readTree(Cli.run("validate", "--format", "sarif", post.toString()).out());
    JsonNode rules = sarif.get("runs").get(0).get("tool").get("driver").get("rules");
    boolean found = false;
    for (JsonNode rule : rules) {
      if (rule.get("id").asString().equals("parse-error")) {
        found = true;
        assertThat(rule.get("helpUri").asString()).endsWith("/docs/rules/parse-error.md");
      }
    }
    assertThat(found).isTrue();
    assertThat(Path.of("../docs/rules/parse-error.md")).exists();
  }

  @Test
  void articlesInADigestFolderGetNoDigestErrors() throws Exception {
    Path posts = Files.createDirectories(dir.resolve("posts"));
    Files.writeString(posts.resolve("digest.md"), ValidateCommandTest.CLEAN);
    Files.writeString(posts.resolve("port-forward.md"), ARTICLE);
    Cli r = Cli.run("validate", "--fail-on", "warning", posts.toString());
    assertThat(r.exit()).as(r.out()).isZero();
    // with the blog's profile, too; and a configuration that counts every post as a digest brings them back
    assertThat(Cli.run("validate", "--profile", "aicode-ai-daily", posts.resolve("port-forward.md").toString())
        .exit()).isZero();
    Files.writeString(posts.resolve(".digestkit.yaml"), "digests: all\n");
    Cli all = Cli.run("validate", posts.toString());
    assertThat(all.out()).contains("port-forward.md:6:1: error stub-post");
  }

  @Test
  void theSamplePostsShowACleanDigestADefectiveOneAndAnArticle() {
    Path samples = Path.of("../examples/posts");
    Cli r = Cli.run("validate", "--format", "json", samples.toString());
    assertThat(r.exit()).isEqualTo(1);
    JsonNode files = JsonMapper.shared().readTree(r.out()).get("files");
    assertThat(files).hasSize(3);
    for (JsonNode f : files) {
      String path = f.get("path").asString();
      if (path.endsWith("2026-07-03-daily.md")) {
        assertThat(f.get("findings").toString()).contains("label-corrupted", "link-site-root", "entry-without-link");
      } else {
        assertThat(f.get("findings")).as(path).isEmpty();
      }
    }
    assertThat(Cli.run("fmt", "--check", samples.toString()).exit()).isZero();
  }

  @Test
  void newMakesAPostThatPassesTheDefaultProfile() throws Exception {
    Path post = dir.resolve("new.md");
    Cli made = Cli.run("new", "--title", "测试日报", "--date", "2026-07-02", "-o", post.toString());
    assertThat(made.exit()).as(made.err()).isZero();
    Cli r = Cli.run("validate", "--fail-on", "warning", post.toString());
    assertThat(r.exit()).as(r.out()).isZero();
    assertThat(r.out()).contains("0 errors, 0 warnings");
  }

  @Test
  void newWithTheBlogProfileSaysWhatItNeedsAndThenPasses() throws Exception {
    Cli missing = Cli.run("new", "--profile", "aicode-ai-daily", "--title", "测试日报", "--date", "2026-07-02");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.out()).isEmpty();
    assertThat(missing.err()).contains("--cover URL", "--footer FILE");

    // the footer as text in the configuration: a generator can use it
    Path blog = Files.createDirectories(dir.resolve("blog"));
    Files.writeString(blog.resolve(".digestkit.yaml"), """
        profile: aicode-ai-daily
        rules:
          footer-template:
            text: |
              <div class="subscribe">订阅日报</div>
        """);
    Path post = blog.resolve("2026-07-01-0b6f2a1e-3c4d-4e5f-8a9b-0c1d2e3f4a5b.md");
    Cli made = Cli.run("new", "--title", "测试日报", "--date", "2026-07-02", "--cover",
        "https://img.example.com/n8n/2026/07-01/23-00-00-AbCd1234.png", "-o", post.toString());
    assertThat(made.exit()).as(made.err()).isZero();
    String text = Files.readString(post);
    assertThat(text).contains("category: AI 日报", "seo: [", "<div class=\"subscribe\">订阅日报</div>");
    Cli r = Cli.run("validate", "--fail-on", "warning", post.toString());
    assertThat(r.exit()).as(r.out()).isZero();

    // or the footer from a file, with the profile named on the command line
    Path footer = Files.writeString(dir.resolve("footer.html"), "<div class=\"card\">加入群组</div>\n");
    Path other = dir.resolve("2026-07-01-1b6f2a1e-3c4d-4e5f-8a9b-0c1d2e3f4a5b.md");
    Cli withFile = Cli.run("new", "--profile", "aicode-ai-daily", "--title", "测试日报", "--date", "2026-07-02",
        "--cover", "https://img.example.com/n8n/2026/07-01/23-00-00-AbCd1234.png", "--footer", footer.toString(),
        "-o", other.toString());
    // the shipped profile holds the blog's footer only as a hash: another footer is refused, nothing written
    assertThat(withFile.exit()).isEqualTo(2);
    assertThat(withFile.err()).contains("footer-template");
    assertThat(other).doesNotExist();
  }
}
