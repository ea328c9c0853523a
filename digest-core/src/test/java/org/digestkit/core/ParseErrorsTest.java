package org.digestkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every kind of bad input is a {@link DigestParseException} with its code, line and column in the file. */
class ParseErrorsTest {

  private static DigestParseException error(String input) {
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> Digest.parse(input));
    assertThat(t).isInstanceOf(DigestParseException.class);
    return (DigestParseException) t;
  }

  private static void assertError(String input, String code, int line, int column) {
    DigestParseException e = error(input);
    assertThat(e.code()).as(e.getMessage()).isEqualTo(code);
    assertThat(e.line()).as(e.getMessage()).isEqualTo(line);
    assertThat(e.column()).as(e.getMessage()).isEqualTo(column);
    assertThat(e.getMessage()).startsWith(line + ":" + column + ": ");
  }

  @Test
  void invalidUtf8IsReportedAtItsLineAndColumn() {
    byte[] bytes = "---\ntitle: x\n---\n# 标题\n\nab".getBytes(StandardCharsets.UTF_8);
    byte[] bad = new byte[bytes.length + 2];
    System.arraycopy(bytes, 0, bad, 0, bytes.length);
    bad[bytes.length] = (byte) 0xFF;
    bad[bytes.length + 1] = 'c';
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> Digest.parse(bad));
    assertThat(t).isInstanceOf(DigestParseException.class);
    DigestParseException e = (DigestParseException) t;
    assertThat(e.code()).isEqualTo("not-utf8");
    assertThat(e.line()).isEqualTo(6);
    assertThat(e.column()).isEqualTo(3);
  }

  @Test
  void latin1FileIsNotUtf8AndNamesTheFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("latin1.md");
    Files.write(file, "---\ntitle: caf\u00e9\n---\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> Digest.parse(file))
        .isInstanceOfSatisfying(DigestParseException.class, e -> {
          assertThat(e.code()).isEqualTo("not-utf8");
          assertThat(e.file()).isEqualTo(file.toString());
          assertThat(e.line()).isEqualTo(2);
          assertThat(e.column()).isEqualTo(11);
          assertThat(e.getMessage()).startsWith(file + ":2:11: ");
        });
  }

  @Test
  void unclosedFrontMatter() {
    assertError("---\ntitle: x\n# body\n", "front-matter-unclosed", 1, 1);
  }

  @Test
  void unterminatedQuotePointsAtTheQuote() {
    assertError("---\ntitle: ok\nsummary: \"abc\ndate: 2026-01-01\n---\n# x\n", "yaml-syntax", 3, 10);
  }

  @Test
  void missingColonIsASyntaxErrorOnItsLine() {
    DigestParseException e = error("---\ntitle: x\njust text\n---\n");
    assertThat(e.code()).isEqualTo("yaml-syntax");
    assertThat(e.line()).isBetween(3, 4);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "anchor on a scalar  | a: &x hello                            | yaml-anchor | 2 | 4",
      "anchor on a map     | base: &b {a: 1}                        | yaml-anchor | 2 | 7",
      "alias               | b: [*x]                                | yaml-alias  | 2 | 5",
      "global tag          | x: !!javax.script.ScriptEngineManager [1] | yaml-tag | 2 | 4",
      "binary tag          | x: !!binary aGVsbG8=                   | yaml-tag    | 2 | 4",
      "long number         | n: 12345678901234567890123456789012345 | yaml-limit  | 2 | 4",
      "version directive   | '%YAML 1.9224775801'                   | yaml-syntax | 2 | 19",
  })
  void hostileYamlIsRejectedWhereItStands(String name, String line, String code, int row, int column) {
    assertError("---\n" + line + "\n---\n# x\n", code, row, column);
  }

  @Test
  void billionLaughsStopsAtTheFirstAnchor() {
    assertError("---\na: &a [\"lol\",\"lol\"]\nb: &b [*a,*a,*a]\nc: [*b,*b,*b]\n---\n", "yaml-anchor", 2, 4);
  }

  @Test
  void duplicateKeyNamesTheFirstDefinition() {
    DigestParseException e = error("---\ntitle: first\ndate: 2026-01-01\ntitle: second\n---\n");
    assertThat(e.code()).isEqualTo("yaml-duplicate-key");
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.column()).isEqualTo(1);
    assertThat(e.problem()).contains("'title'").contains("line 2");
  }

  @Test
  void nestedDuplicateKeyIsRejected() {
    DigestParseException e = error("---\nm:\n  a: 1\n  a: 2\n---\n");
    assertThat(e.code()).isEqualTo("yaml-duplicate-key");
    assertThat(e.line()).isEqualTo(4);
  }

  @Test
  void tabIndentationPointsAtTheTab() {
    assertError("---\nm:\n\tb: 1\n---\n", "yaml-syntax", 3, 1);
  }

  @Test
  void controlCharacterInFrontMatter() {
    assertError("---\ntitle: a\u0001b\n---\n", "control-character", 2, 9);
    assertError("---\ntitle: a\u001bb\n---\n", "control-character", 2, 9);
  }

  @Test
  void controlCharacterInTheBodyIsKeptForValidation() {
    String post = "---\ntitle: x\n---\n# x\n\nab\u0008c";
    assertThat(Digest.parse(post).toMarkdown()).isEqualTo(post);
  }

  @Test
  @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a hang catcher, not a speed test
  void deepNestingIsALimitNotAStackOverflow() {
    DigestParseException e = error("---\nx: " + "[".repeat(17) + "]".repeat(17) + "\n---\n");
    assertThat(e.code()).isEqualTo("yaml-limit");
    assertThat(e.line()).isEqualTo(2);
    assertThat(Digest.parse("---\nx: " + "[".repeat(15) + "]".repeat(15) + "\n---\n").frontMatter().keys())
        .containsExactly("x");
  }

  @Test
  @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a hang catcher, not a speed test
  void oversizeFrontMatterIsRejectedBeforeYaml() {
    assertError("---\nx: " + "[".repeat(100_000) + "\n---\n", "front-matter-too-large", 1, 1);
    assertError("---\nx: \"" + "a".repeat(70_000) + "\"\n---\n", "front-matter-too-large", 1, 1);
  }

  @Test
  void overlongKeyIsRejected() {
    assertError("---\n" + "k".repeat(60_000) + ": 1\n---\n", "yaml-limit", 2, 1);
  }

  @Test
  void oversizePostIsRejected() {
    DigestParser small = DigestParser.builder().limits(ParseLimits.defaults().withMaxPostChars(100)).build();
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> small.parse("x".repeat(101)));
    assertThat(t).isInstanceOfSatisfying(DigestParseException.class, e -> assertThat(e.code()).isEqualTo("too-large"));
    Throwable s = org.assertj.core.api.Assertions.catchThrowable(
        () -> small.parse(new ByteArrayInputStream(new byte[10_000])));
    assertThat(s).isInstanceOfSatisfying(DigestParseException.class, e -> assertThat(e.code()).isEqualTo("too-large"));
  }

  @Test
  void frontMatterThatIsNotAMapping() {
    assertError("---\n- a\n- b\n---\n", "yaml-not-mapping", 2, 1);
  }

  @Test
  void positionsCountFromTheFileStartAfterABom() {
    assertError("\uFEFF---\ntitle: a\u0001b\n---\n", "control-character", 2, 9);
  }

  @Test
  void crlfFilesGetTheSamePositions() {
    assertError("---\r\ntitle: ok\r\nsummary: \"abc\r\ndate: 2026-01-01\r\n---\r\n", "yaml-syntax", 3, 10);
  }
}
