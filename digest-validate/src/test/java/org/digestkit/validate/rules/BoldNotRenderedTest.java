package org.digestkit.validate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.parser.Parser;
import org.digestkit.validate.DigestSelection;
import org.digestkit.validate.DigestValidator;
import org.digestkit.validate.Finding;
import org.digestkit.validate.Fix;
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

  private static final DigestValidator VALIDATOR = DigestValidator.builder().discoverRules(false)
      .rule(new BoldNotRenderedRule()).config(ValidationConfig.defaults().withDigests(DigestSelection.all())).build();

  private static List<Finding> findings(String line) {
    return VALIDATOR.validate("# T\n\n## S\n\n### 标题\n\n" + line + "\n", null).findings();
  }

  /** The issue's examples: white space inside a delimiter moves out; a space goes outside punctuation. */
  @Test
  void aFixMakesTheRunBold() {
    assertThat(findings("在SED中使用逗号**,**分隔输出行号")).singleElement()
        .satisfies(f -> assertThat(f.column()).isEqualTo(10))
        .extracting(Finding::fix).isEqualTo(new Fix(7, 10, "**,**", " **,** "));
    assertThat(findings("以 **4 比 1 **的投票结果通过")).singleElement()
        .satisfies(f -> assertThat(f.column()).isEqualTo(11))
        .extracting(Finding::fix).isEqualTo(new Fix(7, 3, "**4 比 1 **", "**4 比 1** "));
    assertThat(findings("以 **4 比 1** 的投票结果通过")).isEmpty();
    assertThat(findings("在SED中使用逗号 **,** 分隔输出行号")).isEmpty();
  }

  /**
   * Where making the run bold would change something else (here the stray {@code **} pairs with the next run's
   * opener, so "在执行完成后关闭其" renders bold today) the finding comes without a fix.
   */
  @Test
  void noFixWhereItWouldChangeSomethingElse() {
    assertThat(findings("- 语句**close(cmd, \"to\"),**在执行完成后关闭其**to**进程")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("closing"))
        .extracting(Finding::fix).isNull();
    // a space moved to the line's end would make a hard line break
    assertThat(findings("甲**乙 ** \n丙")).singleElement().extracting(Finding::fix).isNull();
  }
}
