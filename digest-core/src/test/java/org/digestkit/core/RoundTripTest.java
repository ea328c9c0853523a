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
}
