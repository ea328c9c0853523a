package org.digestkit.validate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.digestkit.validate.DigestValidator;
import org.digestkit.validate.Finding;
import org.digestkit.validate.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Suppression comments: read in linear time whatever they hold, and only where Markdown has an HTML comment —
 * never in code blocks, code spans or the front matter.
 */
class SuppressionsTest {
  private static final String POST = """
      ---
      title: 示例
      date: 2026-07-02
      summary: "- 甲\\n- 乙"
      ---
      # 示例

      ## 模型

      %s
      ### [甲](https://example.com/)

      正文。
      """;

  private static List<Finding> siteRoot(String before) {
    ValidationReport report = DigestValidator.defaults().validate(POST.formatted(before), "p.md");
    return report.of("link-site-root");
  }

  @Test
  void aCommentNamingThousandsOfRulesIsReadAndApplies() {
    // the example: a few thousand ids once overflowed the stack of a regular expression
    String ids = IntStream.range(0, 5_000).mapToObj(i -> "rule-" + i).collect(Collectors.joining(" "));
    assertThat(siteRoot("<!-- digestkit-disable-next-line " + ids + " link-site-root -->")).isEmpty();
    assertThat(siteRoot("<!-- digestkit-disable-next-line " + ids + " -->")).hasSize(1);
    // variants: 200,000 ids, the same id many times, ids over several lines, a comment that is not ours at the end
    String many = IntStream.range(0, 200_000).mapToObj(i -> "r" + i).collect(Collectors.joining(" "));
    assertThat(siteRoot("<!-- digestkit-disable-next-line link-site-root " + many + " -->")).isEmpty();
    String same = " link-site-root".repeat(10_000);
    assertThat(siteRoot("<!-- digestkit-disable-next-line" + same + " -->")).isEmpty();
    assertThat(siteRoot("<!-- digestkit-disable link-site-root\n" + ids.replace(' ', '\n') + "\n-->")).isEmpty();
    assertThat(siteRoot("<!-- digestkit-disable-next-line " + ids + " link-site-root Oops -->")).hasSize(1);
    assertThat(siteRoot("<!-- digestkit-disable-nextline " + ids + " link-site-root -->")).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "```\n<!-- digestkit-disable -->\n```\n",
      "~~~markdown\n<!-- digestkit-disable link-site-root -->\n~~~\n",
      "````\n```\n<!-- digestkit-disable -->\n```\n````\n",
      "    <!-- digestkit-disable -->\n",
      "- item\n\n      <!-- digestkit-disable -->\n",
      "> ```\n> <!-- digestkit-disable -->\n> ```\n",
      "`<!-- digestkit-disable -->`\n",
      "``<!-- digestkit-disable --> ` still code``\n",
      "text ``\nfoo <!-- digestkit-disable -->\n`` text\n",
      "- `<!-- digestkit-disable-next-line link-site-root -->`\n",
      "\\<!-- digestkit-disable -->\n",
      "[x]: /url \"<!-- digestkit-disable -->\"\n",
  })
  void commentsInCodeOrEscapedDoNotSuppress(String block) {
    assertThat(siteRoot(block + "\n")).as(block).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "<!-- digestkit-disable -->\n",
      "<!--digestkit-disable link-site-root-->\n",
      "text `code` <!-- digestkit-disable link-site-root --> text\n",
      "\\`<!-- digestkit-disable -->`\n",
      "`` ` `` <!-- digestkit-disable -->\n",
      "> <!-- digestkit-disable -->\n",
      "- item <!-- digestkit-disable -->\n",
      "<div>\n<!-- digestkit-disable -->\n</div>\n",
      "<!-- other comment --> <!-- digestkit-disable -->\n",
      "```\ncode\n```\n<!-- digestkit-disable -->\n",
  })
  void realCommentsSuppress(String block) {
    assertThat(siteRoot(block + "\n")).as(block).isEmpty();
  }

  @Test
  void aCommentInTheFrontMatterDoesNotSuppress() {
    String post = POST.formatted("").replace("title: 示例", "title: \"<!-- digestkit-disable -->\"");
    assertThat(DigestValidator.defaults().validate(post, "p.md").of("link-site-root")).hasSize(1);
  }

  /** Generated documents whose real and fake comments are known by construction, against the definition. */
  @Test
  void generatedDocumentsSuppressExactlyWhatTheirRealCommentsSay() {
    String[] rules = {"a-rule", "b-rule", "c"};
    String[] kinds = {"disable-next-line", "disable-line", "disable", "enable"};
    Random rnd = new Random(41);
    int realSeen = 0;
    for (int round = 0; round < 1_500; round++) {
      StringBuilder text = new StringBuilder();
      List<Object[]> real = new ArrayList<>(); // line, kind, ids
      int line = 1;
      for (int b = rnd.nextInt(12); b > 0; b--) {
        String kind = kinds[rnd.nextInt(kinds.length)];
        Set<String> ids = rnd.nextInt(3) == 0 ? Set.of()
            : new java.util.HashSet<>(List.of(rules[rnd.nextInt(rules.length)], rules[rnd.nextInt(rules.length)]));
        String comment = "<!-- digestkit-" + kind + (ids.isEmpty() ? "" : " " + String.join(" ", ids)) + " -->";
        switch (rnd.nextInt(6)) {
          case 0 -> { // a comment on its own line: an HTML block
            real.add(new Object[] {line, kind, ids});
            text.append(comment).append("\n\n");
            line += 2;
          }
          case 1 -> { // in a paragraph, after a code span
            real.add(new Object[] {line, kind, ids});
            text.append("text `a` ").append(comment).append(" more\n\n");
            line += 2;
          }
          case 2 -> { // in a code span
            text.append("text `` ").append(comment).append(" `` more\n\n");
            line += 2;
          }
          case 3 -> { // in a fenced code block
            text.append("```\n").append(comment).append("\n```\n\n");
            line += 4;
          }
          case 4 -> { // in an indented code block
            text.append("    ").append(comment).append("\n\n");
            line += 2;
          }
          default -> { // plain text
            text.append("plain line\n\n");
            line += 2;
          }
        }
      }
      realSeen += real.size();
      Suppressions read = Suppressions.of(text.toString());
      for (int l = 1; l <= line; l++) {
        for (String rule : rules) {
          boolean suppressed = false;
          boolean disabled = false;
          for (Object[] e : real) {
            @SuppressWarnings("unchecked")
            Set<String> ids = (Set<String>) e[2];
            if (!ids.isEmpty() && !ids.contains(rule)) {
              continue;
            }
            int at = (int) e[0];
            String kind = (String) e[1];
            suppressed |= kind.equals("disable-next-line") && at + 1 == l || kind.equals("disable-line") && at == l;
            if (kind.equals("disable") && at <= l) {
              disabled = true;
            } else if (kind.equals("enable") && at <= l) {
              disabled = false;
            }
          }
          assertThat(read.suppresses(rule, l)).as("%s line %d %s", text, l, rule).isEqualTo(suppressed || disabled);
        }
      }
    }
    assertThat(realSeen).isGreaterThan(2_500);
  }

  /** Inputs that make a naive reader quadratic: with linear reading they take moments, not hours. */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void hostileCommentsAreReadInLinearTime() {
    String unclosed = "<!-- digestkit-disable a ".repeat(50_000);
    assertThat(Suppressions.of(unclosed).isEmpty()).isTrue();
    StringBuilder runs = new StringBuilder("<!-- digestkit-disable -->\n\n");
    for (int n = 1; n <= 1_500; n++) {
      runs.append("`".repeat(n)).append(" <!-- digestkit-enable --> ");
    }
    Suppressions read = Suppressions.of(runs.toString());
    // no run has a closer (each length occurs once), so the comments between them are real: enabled again
    assertThat(read.suppresses("x", 3)).isFalse();
    String manyComments = "<!-- digestkit-disable-line r -->\n".repeat(20_000);
    Suppressions lines = Suppressions.of(manyComments);
    assertThat(lines.suppresses("r", 20_000)).isTrue();
    assertThat(lines.suppresses("s", 20_000)).isFalse();
  }
}
