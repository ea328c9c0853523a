package org.digestkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Parsing then writing an unmodified post gives back the same bytes, for every real post and fixture. */
class RoundTripTest {

  static List<Path> posts() {
    return Posts.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("posts")
  void unmodifiedPostIsWrittenByteForByte(Path post) throws IOException {
    byte[] bytes = Files.readAllBytes(post);
    Digest digest = Digest.parse(bytes);
    String written = digest.toMarkdown();
    assertThat(written.getBytes(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(bytes);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("posts")
  void canonicalFormIsStableAndParsesToTheSameModel(Path post) throws IOException {
    Digest digest = Digest.parse(post);
    String canonical = digest.toCanonicalMarkdown();
    Digest reparsed = Digest.parse(canonical);
    assertThat(reparsed).isEqualTo(digest);
    assertThat(reparsed.toCanonicalMarkdown()).isEqualTo(canonical);
  }

  @Test
  void nestedFrontMatterValuesWithFlowIndicatorsAreQuotedInCanonicalForm() {
    Digest digest = Digest.parse("---\ntitle: t\nmeta:\n  a: 2026-01]_02\n  b: p, q\n  c: plain\n---\n# t\n");
    String canonical = digest.toCanonicalMarkdown();

    assertThat(canonical).contains("\"a\": \"2026-01]_02\"", "\"b\": \"p, q\"", "\"c\": plain");
    assertThat(Digest.parse(canonical)).isEqualTo(digest);
  }
  /**
   * A one-line entry whose text starts on the line after its marker (indented 0–3, the text 0–3 past its content
   * column), alone or after a sibling, keeps its meaning when written canonically: the same model, and for
   * CommonMark the same kind of block (a paragraph, not indented code).
   */
  @Test
  void anEntryWhoseTextStartsOnTheNextLineKeepsItsMeaningInCanonicalForm() {
    org.commonmark.parser.Parser commonmark = org.commonmark.parser.Parser.builder().build();
    for (String marker : new String[] {"-", "*", "1."}) {
      for (String sibling : new String[] {"", "- [乙](https://example.com/b)：说明\n"}) {
        for (int indent = 0; indent <= 3; indent++) {
          int content = indent + marker.length() + 1;
          for (int next = content; next <= content + 3; next++) {
            String post = "# T\n\n## 更多动态\n\n" + (marker.equals("1.") ? "" : sibling) + " ".repeat(indent)
                + marker + " \n" + " ".repeat(next) + "entry text\n";
            Digest digest = Digest.parse(post);
            String canonical = digest.toCanonicalMarkdown();

            assertThat(Digest.parse(canonical)).as("%s", post).isEqualTo(digest);
            assertThat(blockKinds(commonmark.parse(canonical))).as("%s\n->\n%s", post, canonical)
                .isEqualTo(blockKinds(commonmark.parse(post)));
          }
        }
      }
    }
  }

  private static String blockKinds(org.commonmark.node.Node node) {
    StringBuilder out = new StringBuilder(node.getClass().getSimpleName());
    for (org.commonmark.node.Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof org.commonmark.node.Block) {
        out.append(" (").append(blockKinds(child)).append(')');
      }
    }
    return out.toString();
  }
}
