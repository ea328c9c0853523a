package org.digestkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.digestkit.core.Digest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every report format puts a finding about the whole file (here {@code file-name}, from the profile's pattern) at
 * line 1, column 1, as {@code Finding} documents, and never at 0.
 */
class FindingPositionReportsTest {
  @TempDir
  Path dir;

  private Path post;

  @BeforeEach
  void post() throws Exception {
    post = dir.resolve("notes.md");
    Files.writeString(post, Digest.builder().title("示例").date(LocalDate.of(2026, 7, 2)).category("AI 日报")
        .section("模型", s -> s
            .item("甲", "https://example.com/a", i -> i.paragraph("正文。"))
            .item("乙", "https://example.com/b", i -> i.paragraph("正文。"))
            .item("丙", "https://example.com/c", i -> i.paragraph("正文。")))
        .summaryFromHeadlines().build().toMarkdown() + "\n");
  }

  private Cli validate(String format) {
    return Cli.run("validate", "--profile", "aicode-ai-daily", "--fail-on", "error", "--format", format,
        post.toString());
  }

  @Test
  void text() {
    String out = validate("text").out();
    assertThat(out).contains(post + ":1:1: warning file-name ").doesNotContain(":0:");
  }

  @Test
  void json() throws Exception {
    JsonNode findings = JsonMapper.builder().build().readTree(validate("json").out()).get("files").get(0)
        .get("findings");
    JsonNode fileName = null;
    for (JsonNode f : findings) {
      assertThat(f.get("line").asInt()).isPositive();
      assertThat(f.get("column").asInt()).isPositive();
      if (f.get("rule").asString().equals("file-name")) {
        fileName = f;
      }
    }
    assertThat(fileName).isNotNull();
    assertThat(fileName.get("line").asInt() + ":" + fileName.get("column").asInt()).isEqualTo("1:1");
  }

  @Test
  void sarif() throws Exception {
    JsonNode results = JsonMapper.builder().build().readTree(validate("sarif").out()).get("runs").get(0)
        .get("results");
    JsonNode fileName = null;
    for (JsonNode r : results) {
      if (r.get("ruleId").asString().equals("file-name")) {
        fileName = r;
      }
    }
    assertThat(fileName).isNotNull();
    JsonNode region = fileName.get("locations").get(0).get("physicalLocation").get("region");
    assertThat(region.get("startLine").asInt() + ":" + region.get("startColumn").asInt()).isEqualTo("1:1");
  }

  @Test
  void github() {
    assertThat(validate("github").out()).contains("::warning file=" + post + ",line=1,col=1,title=file-name::");
  }

  @Test
  void junit() {
    assertThat(validate("junit").out()).contains(post + ":1:1: warning file-name ").doesNotContain(":0:0:");
  }
}
