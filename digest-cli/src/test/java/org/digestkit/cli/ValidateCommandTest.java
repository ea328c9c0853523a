package org.digestkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.digestkit.core.Digest;
import org.digestkit.core.Posts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code digest validate}: formats, exit codes, file discovery. */
class ValidateCommandTest {
  static final String CLEAN = Digest.builder().title("示例").date(java.time.LocalDate.of(2026, 7, 2))
      .section("模型", s -> s
          .item("甲", "https://example.com/a", i -> i.paragraph("正文。"))
          .item("乙", "https://example.com/b", i -> i.paragraph("正文。"))
          .item("丙", "https://example.com/c", i -> i.paragraph("正文。")))
      .summaryFromHeadlines().build().toMarkdown() + "\n";
  static final String BAD = CLEAN.replace("正文。\n\n### [乙]", "正文。\n\n**深度解读 & 洽察：**\n- 要点\n\n### [乙]")
      .replace("https://example.com/c", "https://example.com/");

  @TempDir
  Path dir;

  @BeforeEach
  void posts() throws Exception {
    Files.createDirectories(dir.resolve("posts/sub"));
    Files.writeString(dir.resolve("posts/clean.md"), CLEAN);
    Files.writeString(dir.resolve("posts/sub/bad.md"), BAD);
    Files.writeString(dir.resolve("posts/notes.txt"), "not a post");
  }

  @Test
  void cleanFolderExitsZero() throws Exception {
    Path clean = Files.createDirectories(dir.resolve("clean"));
    Files.writeString(clean.resolve("a.md"), CLEAN);
    Cli r = Cli.run("validate", clean.toString());
    assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(0);
    assertThat(r.out()).contains("0 errors, 0 warnings, 0 info in 0 of 1 file");
  }

  @Test
  void textFormatShowsPositionLineAndCaret() {
    Cli r = Cli.run("validate", dir.resolve("posts").toString());
    assertThat(r.exit()).isEqualTo(1);
    String bad = dir.resolve("posts/sub/bad.md").toString();
    assertThat(r.out()).contains(bad + ":14:3: error label-corrupted label '深度解读 & 洽察'")
        .contains("  **深度解读 & 洽察：**\n    ^\n")
        .contains(bad + ":21:9: warning link-site-root")
        .contains("1 error, 1 warning, 0 info in 1 of 2 files");
  }

  @Test
  void caretCountsWideCharactersTwice() {
    assertThat(org.digestkit.cli.report.Reporter.class).isNotNull();
    Cli r = Cli.run("validate", dir.resolve("posts/sub/bad.md").toString(), "--fail-on", "warning");
    String[] lines = r.out().split("\n");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains("link-site-root")) {
        // "### [丙](" is 4 + 1 + 2 (one wide char) + 2 = 9 columns before the URL: the caret is under 'h'
        assertThat(lines[i + 2]).isEqualTo("  " + " ".repeat(9) + "^");
      }
    }
    assertThat(r.exit()).isEqualTo(1);
  }

  @Test
  void failOnWarning() throws Exception {
    Path only = Files.createDirectories(dir.resolve("warn"));
    Files.writeString(only.resolve("w.md"), CLEAN.replace("https://example.com/c", "https://example.com/"));
    assertThat(Cli.run("validate", only.toString()).exit()).isEqualTo(0);
    assertThat(Cli.run("validate", only.toString(), "--fail-on", "warning").exit()).isEqualTo(1);
  }

  @Test
  void jsonFormat() {
    Cli r = Cli.run("validate", "--format", "json", dir.resolve("posts").toString());
    JsonNode json = JsonMapper.shared().readTree(r.out());
    assertThat(json.path("files")).hasSize(2);
    JsonNode bad = json.path("files").get(1);
    assertThat(bad.path("path").asString()).endsWith("bad.md");
    assertThat(bad.path("findings").get(0).path("rule").asString()).isEqualTo("label-corrupted");
    assertThat(bad.path("findings").get(0).path("line").asInt()).isEqualTo(14);
    assertThat(json.path("summary").path("errors").asInt()).isEqualTo(1);
    assertThat(r.exit()).isEqualTo(1);
  }

  @Test
  void sarifOutputValidatesAgainstTheSarifSchema() throws Exception {
    Path out = dir.resolve("report.sarif");
    Cli r = Cli.run("validate", "--format", "sarif", "-o", out.toString(), dir.resolve("posts").toString());
    assertThat(r.exit()).isEqualTo(1);
    Schema schema;
    try (InputStream in = getClass().getResourceAsStream("/sarif-2.1.0-rtm.5.json")) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
    }
    JsonNode sarif = JsonMapper.shared().readTree(Files.readString(out));
    assertThat(schema.validate(sarif)).isEmpty();
    JsonNode result = sarif.path("runs").get(0).path("results").get(0);
    assertThat(result.path("ruleId").asString()).isEqualTo("label-corrupted");
    assertThat(result.path("locations").get(0).path("physicalLocation").path("region").path("startLine").asInt())
        .isEqualTo(14);
    JsonNode rules = sarif.path("runs").get(0).path("tool").path("driver").path("rules");
    assertThat(rules.get(result.path("ruleIndex").asInt()).path("id").asString()).isEqualTo("label-corrupted");
    assertThat(rules.get(result.path("ruleIndex").asInt()).path("helpUri").asString()).endsWith("label-corrupted.md");
  }

  @Test
  void githubFormat() {
    Cli r = Cli.run("validate", "--format", "github", dir.resolve("posts").toString());
    String bad = dir.resolve("posts/sub/bad.md").toString();
    assertThat(r.out()).contains("::error file=" + bad + ",line=14,col=3,title=label-corrupted::label '深度解读 & 洽察'")
        .contains("::warning file=" + bad + ",line=21,col=9,title=link-site-root::");
  }

  @Test
  void junitFormatIsWellFormedWithOneCasePerFile() throws Exception {
    Cli r = Cli.run("validate", "--format", "junit", dir.resolve("posts").toString());
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new java.io.ByteArrayInputStream(r.out().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(doc.getElementsByTagName("testcase").getLength()).isEqualTo(2);
    assertThat(doc.getElementsByTagName("failure").getLength()).isEqualTo(1);
    assertThat(doc.getDocumentElement().getElementsByTagName("testsuite").item(0).getAttributes()
        .getNamedItem("failures").getNodeValue()).isEqualTo("1");
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(Cli.run("validate", "--format", "yaml", dir.toString()).exit()).isEqualTo(2);
    assertThat(Cli.run("validate", "--fail-on", "info", dir.toString()).exit()).isEqualTo(2);
    assertThat(Cli.run("validate").exit()).isEqualTo(2);
    assertThat(Cli.run("nonsense").exit()).isEqualTo(2);
  }

  @Test
  void aMissingPathIsReportedAndTheOthersStillChecked() {
    Cli r = Cli.run("validate", dir.resolve("nope.md").toString(), dir.resolve("posts").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("nope.md: no such file or folder");
    assertThat(r.out()).contains("label-corrupted");
  }

  @Test
  void aPostThatDoesNotParseIsAFindingAndTheOthersAreChecked() throws Exception {
    Files.writeString(dir.resolve("posts/broken.md"), "---\ntitle: [oops\n---\n");
    Cli r = Cli.run("validate", dir.resolve("posts").toString());
    assertThat(r.out()).contains("broken.md:2:8: error parse-error").contains("label-corrupted");
    assertThat(r.exit()).isEqualTo(1);
  }

  @Test
  void globsAndSymlinks() throws Exception {
    Path link = dir.resolve("posts/link.md");
    Files.createSymbolicLink(link, dir.resolve("posts/clean.md"));
    // a glob's matches are named paths, as if the shell had expanded it: the link to a file is followed
    Cli r = Cli.run("validate", dir + "/posts/**/*.md");
    assertThat(r.out()).contains("bad.md").contains("in 1 of 3 files");
    assertThat(r.err()).isEmpty();
    // walking the folder skips the link
    Cli walked = Cli.run("validate", dir.resolve("posts").toString());
    assertThat(walked.out()).contains("in 1 of 2 files");
    assertThat(walked.err()).isEmpty();
  }

  @Test
  void theBlogProfileOverTheCorpusFindsTheErrorSet() {
    Path corpus = Posts.corpus();
    org.junit.jupiter.api.Assumptions.assumeTrue(corpus != null, "the shared corpus is not present");
    Cli r = Cli.run("validate", "--profile", "aicode-ai-daily", "--format", "json", corpus.toString());
    assertThat(r.exit()).isEqualTo(1);
    JsonNode json = JsonMapper.shared().readTree(r.out());
    assertThat(json.path("summary").path("files").asInt()).isEqualTo(Posts.all().size() - Posts.fixtures().size());
    assertThat(json.path("summary").path("errors").asInt()).isPositive();
  }
}
