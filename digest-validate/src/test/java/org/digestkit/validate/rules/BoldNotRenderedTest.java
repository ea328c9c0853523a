package org.digestkit.validate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.parser.Parser;
import org.digestkit.validate.DigestSelection;
import org.digestkit.validate.DigestValidator;
import org.digestkit.validate.Finding;
import org.digestkit.validate.ValidationConfig;
import org.digestkit.validate.ValidationReport;
import org.junit.jupiter.api.Test;

/** bold-not-rendered reports a {@code **…**} pair exactly when commonmark-java does not render it bold. */
class BoldNotRenderedTest {
  private static final String[] PIECES = {"模型", "发布", "（协同）", "：", "，", "。", "“", "”", "Open", "AI", "5", " ", "-",
      ".", "(", ")", "😀", "\u3000", "《", "》", "#", "%"};

  private static String piece(Random rnd, int max) {
    StringBuilder out = new StringBuilder();
    for (int k = rnd.nextInt(max); k > 0; k--) {
      out.append(PIECES[rnd.nextInt(PIECES.length)]);
    }
    return out.toString();
  }

  @Test
  void reportsAPairExactlyWhenCommonMarkDoesNotRenderItBold() {
    DigestValidator validator = DigestValidator.builder().discoverRules(false).rule(new BoldNotRenderedRule())
        .config(ValidationConfig.defaults().withDigests(DigestSelection.all())).build();
    Parser commonmark = Parser.builder().build();
    Random rnd = new Random(29);
    int reported = 0;
    for (int i = 0; i < 5_000; i++) {
      String before = piece(rnd, 4);
      String inside = piece(rnd, 3);
      if (inside.isBlank()) {
        inside = "模型";
      }
      String line = "- " + before + "**" + inside + "**" + piece(rnd, 4);
      String post = "# T\n\n## S\n\n### 标题\n\n" + line + "\n";
      ValidationReport report = validator.validate(post, null);
      boolean[] bold = {false};
      commonmark.parse(line).accept(new AbstractVisitor() {
        @Override
        public void visit(StrongEmphasis strong) {
          bold[0] = true;
        }
      });
      long findings = report.findings().stream().filter(f -> f.rule().equals("bold-not-rendered")).count();
      assertThat(findings).as(line).isEqualTo(bold[0] ? 0 : 1);
      for (Finding f : report.findings()) {
        assertThat(f.line()).as(line).isEqualTo(7);
        assertThat(line.substring(f.column() - 1)).as(line).startsWith("**");
      }
      reported += bold[0] ? 0 : 1;
    }
    assertThat(reported).as("pairs reported").isBetween(500, 4_500);
  }

  /**
   * A line without code spans or escapes is checked from the {@code **} landmarks alone; the same line with a
   * code span after its runs is read character by character. Both must report the same (a line end and a space
   * flank a run alike).
   */
  @Test
  void linesCheckedFromTheLandmarksReportAsLinesReadInFull() {
    DigestValidator validator = DigestValidator.builder().discoverRules(false).rule(new BoldNotRenderedRule())
        .config(ValidationConfig.defaults().withDigests(DigestSelection.all())).build();
    String[] runs = {"**", "*", "***", "****", "**x**"};
    Random rnd = new Random(31);
    int withFindings = 0;
    for (int i = 0; i < 5_000; i++) {
      StringBuilder line = new StringBuilder("- ");
      for (int k = 1 + rnd.nextInt(6); k > 0; k--) {
        line.append(piece(rnd, 3)).append(runs[rnd.nextInt(runs.length)]);
      }
      String plain = "# T\n\n## S\n\n### 标题\n\n" + line + "\n";
      String withCode = "# T\n\n## S\n\n### 标题\n\n" + line + " `x`\n";
      var fromLandmarks = validator.validate(plain, null).findings();
      var readInFull = validator.validate(withCode, null).findings();
      assertThat(fromLandmarks).as(line.toString()).isEqualTo(readInFull);
      withFindings += fromLandmarks.isEmpty() ? 0 : 1;
    }
    assertThat(withFindings).as("lines with findings").isGreaterThan(500);
  }
}
