package org.digestkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.digestkit.core.Digest;
import org.digestkit.core.DigestParseException;
import org.digestkit.render.DigestRenderers;
import org.digestkit.render.RenderException;
import org.digestkit.render.RenderOptions;
import org.digestkit.validate.DigestValidator;
import org.digestkit.validate.ValidationReport;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * cmark's pathological inputs ({@code test/pathological_tests.py}) at their sizes, through the whole pipeline:
 * parse, validate, every renderer. Each must end with a model or a positioned error; the two cases super-linear in
 * commonmark-java 0.32.0 (issue #389 and {@code ![[]()}) are contained by {@code InlineGuard} in the renderers
 * (our parser never runs the inline pass). The work is bounded by the limits and guards these inputs meet; the
 * timeout only catches a hang, far above what a busy machine needs: no speed is asserted here (that is
 * digest-bench's job).
 */
class PathologicalTest {
  private static final DigestValidator VALIDATOR = DigestValidator.defaults();

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    out.add(Arguments.of("nested strong emph", "*a **a ".repeat(32500) + "b" + " a** a*".repeat(32500)));
    out.add(Arguments.of("many emph closers with no openers", "a_ ".repeat(32500)));
    out.add(Arguments.of("many emph openers with no closers", "_a ".repeat(32500)));
    out.add(Arguments.of("many link closers with no openers", "a]".repeat(32500)));
    out.add(Arguments.of("many link openers with no closers", "[a".repeat(32500)));
    out.add(Arguments.of("mismatched openers and closers", "*a_ ".repeat(50000)));
    out.add(Arguments.of("issue #389", "*a ".repeat(20000) + "_a*_ ".repeat(20000)));
    out.add(Arguments.of("openers and closers multiple of 3", "a**b" + "c* ".repeat(25000)));
    out.add(Arguments.of("link openers and emph closers", "[ a_".repeat(25000)));
    out.add(Arguments.of("pattern [ (]( repeated", "[ (](".repeat(40000)));
    out.add(Arguments.of("pattern ![[]() repeated", "![[]()".repeat(160000)));
    out.add(Arguments.of("nested brackets", "[".repeat(25000) + "a" + "]".repeat(25000)));
    out.add(Arguments.of("nested block quotes", "> ".repeat(25000) + "a"));
    StringBuilder lists = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      lists.append("  ".repeat(i)).append("* a\n");
    }
    out.add(Arguments.of("deeply nested lists", lists.toString()));
    out.add(Arguments.of("U+0000", "abc\u0000de\u0000".repeat(100000)));
    StringBuilder ticks = new StringBuilder();
    for (int i = 1; i < 5000; i++) {
      ticks.append('e').append("`".repeat(i));
    }
    out.add(Arguments.of("backticks", ticks.toString()));
    out.add(Arguments.of("unclosed links A", "[a](<b".repeat(30000)));
    out.add(Arguments.of("unclosed links B", "[a](b".repeat(30000)));
    out.add(Arguments.of("unclosed <!--", "</" + "<!--".repeat(300000)));
    out.add(Arguments.of("empty lines in deeply nested lists", "- a\n\n".repeat(1) + "  - b\n\n".repeat(2000)));
    out.add(Arguments.of("emph in deep blockquote", ">".repeat(50000) + "a*".repeat(50000)));
    out.add(Arguments.of("many references", "[a]: /u\n".repeat(100000)));
    out.add(Arguments.of("long heading", "### " + "x".repeat(500000)));
    out.add(Arguments.of("many items", "### [a](https://e.example/)\n\n- b\n\n".repeat(20000)));
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  @Timeout(value = 600, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a hang catcher, not a speed test
  void wholePipelineStaysBounded(String name, String body) {
    String post = "---\ntitle: t\ndate: 2026-07-02\n---\n# t\n\n## s\n\n" + body + "\n";
    Digest d;
    try {
      d = Digest.parse(post);
    } catch (DigestParseException e) {
      assertThat(e.line()).isPositive();
      return;
    }
    assertThat(d.toMarkdown()).isEqualTo(post);
    ValidationReport report = VALIDATOR.validate(post, null);
    assertThat(report.of(DigestValidator.RULE_FAILURE)).isEmpty();
    for (String format : DigestRenderers.formats()) {
      try {
        DigestRenderers.forFormat(format, RenderOptions.defaults().withSite("https://blog.example.org/", "t", x -> "p/"))
            .render(List.of(d));
      } catch (RenderException budget) {
        assertThat(budget.getMessage()).contains("budget");
      }
    }
  }
}
