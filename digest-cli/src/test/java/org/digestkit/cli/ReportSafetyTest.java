package org.digestkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What {@code digest validate} prints for hostile posts: output proportionate to the findings whatever the line
 * lengths, and nothing from a post (control characters, line breaks, bidi controls) reaching the terminal or a CI
 * log raw; machine formats stay valid documents.
 */
class ReportSafetyTest {
  private static final List<String> FORMATS = List.of("text", "json", "sarif", "github", "junit");
  private static final String FRONT = "---\ntitle: \"T\\n::error file=x.md::owned\\u0007\"\ndate: 2026-07-02\n"
      + "summary: \"- a\\n- b\"\n---\n";

  @TempDir
  Path dir;

  private static int findings(Cli json) {
    JsonNode summary = JsonMapper.shared().readTree(json.out()).get("summary");
    return summary.get("errors").asInt() + summary.get("warnings").asInt() + summary.get("infos").asInt();
  }

  @ParameterizedTest
  @ValueSource(strings = {"links", "wide", "farColumn", "controls"})
  void outputStaysProportionateToTheFindingsInEveryFormat(String shape) throws Exception {
    String line = switch (shape) {
      // one line of 3,000 plain-http links: a finding each, far along the line
      case "links" -> IntStream.range(0, 3_000).mapToObj(i -> "[l" + i + "](http://a" + i + ".example/p)")
          .collect(Collectors.joining(" "));
      // the same with wide characters in between
      case "wide" -> IntStream.range(0, 2_000).mapToObj(i -> "中文链接[链" + i + "](http://b" + i + ".example/)")
          .collect(Collectors.joining("，"));
      // one finding at column 400,000
      case "farColumn" -> "文".repeat(400_000) + " http://far.example/x";
      // control characters all along a long line
      default -> "a\u0007b\u001b[2J".repeat(20_000);
    };
    Path post = dir.resolve("post.md");
    Files.writeString(post, FRONT + "# T\n\n## S\n\n### [a](https://e.example/a)\n\n" + line + "\n");
    int findings = findings(Cli.run("validate", "--format", "json", post.toString()));
    assertThat(findings).isPositive();
    for (String format : FORMATS) {
      Cli r = Cli.run("validate", "--format", format, post.toString());
      assertThat(r.exit()).as(format + r.err()).isEqualTo(1);
      int bytes = r.out().getBytes(StandardCharsets.UTF_8).length;
      // a few hundred bytes a finding (the SARIF header lists the rules once)
      assertThat(bytes).as("%s: %d bytes for %d findings", format, bytes, findings)
          .isLessThan(600 * findings + 12_000);
    }
  }

  @Test
  void nothingFromAPostReachesTheTerminalOrACiLogRaw() throws Exception {
    Path posts = Files.createDirectories(dir.resolve("posts"));
    Files.writeString(posts.resolve("ctl.md"), FRONT + "# T\u001b[31m red \u0007 bell \u202e evil\n\n## S\n\n"
        + "### [a](http://e.example/a)\n\ntext \u001b]0;title\u0007 \u009b more \u202egnp.exe \u2066x\u2069\r\n"
        + "[b](http://e.example/\u0008)\n");
    // a file name that holds an escape sequence and a line break that would start a workflow command
    Path named = posts.resolve("na\u001b[1mme\n::error file=y.md::x.md");
    Files.writeString(named, FRONT + "# T\n\n## S\n\n### [a](http://e.example/a)\n\ntext\n");
    for (String format : List.of("text", "github", "junit")) {
      Cli r = Cli.run("validate", "--format", format, "--color", "never", posts.toString());
      assertThat(r.exit()).as(format + r.err()).isEqualTo(1);
      String out = r.out();
      for (int i = 0; i < out.length(); i++) {
        char c = out.charAt(i);
        boolean unsafe = c < 0x20 && c != '\n' || c >= 0x7f && c <= 0x9f || c >= '\u2028' && c <= '\u202e'
            || c >= '\u2066' && c <= '\u2069' || c == '\u200e' || c == '\u200f';
        assertThat(unsafe).as("%s: U+%04X at %d in%n%s", format, (int) c, i, out).isFalse();
      }
      for (String line : out.split("\n")) {
        if (format.equals("github")) {
          assertThat(line).matches("::(error|warning|notice) file=[^,\\n]*(,line=\\d+,col=\\d+)?,title=[a-z0-9-]+::.*");
        } else {
          assertThat(line).doesNotStartWith("::");
        }
      }
      assertThat(out).contains("\\u001B").contains("\\u202E").contains("\\n::error file=x.md::owned");
    }
  }

  @Test
  void machineFormatsStayValidDocumentsWithHostileText() throws Exception {
    Path posts = Files.createDirectories(dir.resolve("posts"));
    Files.writeString(posts.resolve("ctl.md"), FRONT + "# T\u0000\u0001\u001b\u000b\u000c\uFFFE\n\n## S\n\n"
        + "### [a](http://e.example/a)\n\n\u0007 ]]> <!-- & \" ' </failure> text\n");
    Files.writeString(posts.resolve("a&b<c>\"'\u0007.md"), FRONT + "# T\n\n## S\n\n### [a](http://e.example/a)\n");
    Cli junit = Cli.run("validate", "--format", "junit", posts.toString());
    var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(
        new ByteArrayInputStream(junit.out().getBytes(StandardCharsets.UTF_8)));
    assertThat(doc.getElementsByTagName("testcase").getLength()).isEqualTo(2);
    var cases = doc.getElementsByTagName("testcase");
    String failures = IntStream.range(0, cases.getLength()).mapToObj(i -> cases.item(i).getTextContent())
        .collect(Collectors.joining());
    assertThat(failures).contains("\\u0000", "\\u001B");
    for (String format : List.of("json", "sarif")) {
      Cli r = Cli.run("validate", "--format", format, posts.toString());
      JsonNode tree = JsonMapper.shared().readTree(r.out());
      assertThat(tree.toString()).as(format).contains("\\u0007");
    }
  }
}
