package org.digestkit.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.digestkit.core.Digest;
import org.digestkit.core.DigestParser;
import org.digestkit.core.json.DigestJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The open fuzzer findings in {@code fuzz-open/} (see its README) as expected-failure tests: each input still
 * parses, writes back losslessly and survives JSON, and its one known defect — the canonical form reads back as
 * another post — is still there. When a fix makes the canonical law hold, this test fails: move the input to
 * {@code CoreFuzzTestInputs/roundTrip/} so it becomes a regression test, and drop its README row.
 */
class OpenFuzzFindingsTest {

  private static final DigestParser PARSER = DigestParser.defaults();

  static List<Path> openFindings() throws IOException, URISyntaxException {
    Path dir = Path.of(OpenFuzzFindingsTest.class.getResource("/fuzz-open").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> !f.getFileName().toString().endsWith(".md")).sorted().toList();
    }
  }

  @ParameterizedTest(allowZeroInvocations = true) // none open is the goal
  @MethodSource("openFindings")
  void losslessAndJsonHoldButCanonicalFormStillReadsBackDifferently(Path input) throws IOException {
    byte[] data = Files.readAllBytes(input);
    Digest d = PARSER.parse(data);

    assertThat(d.toMarkdown().getBytes(StandardCharsets.UTF_8)).isEqualTo(data);
    assertThat(DigestJson.fromJson(DigestJson.toJson(d))).isEqualTo(CoreFuzzTest.jsonNormalized(d));
    assertThat(PARSER.parse(d.toCanonicalMarkdown()))
        .as("%s is fixed: move it to CoreFuzzTestInputs/roundTrip/ and drop its row in fuzz-open/README.md",
            input.getFileName())
        .isNotEqualTo(d);
  }
}
