package org.digestkit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.digestkit.core.Digest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A new front-matter key is either refused or written so that it reads back as itself. */
class FrontMatterKeyTest {

  private static final FrontMatterValue X = new FrontMatterValue.Scalar("x", ScalarStyle.PLAIN);

  @ParameterizedTest
  @ValueSource(strings = {"", " key", "key ", "a: b", "a:\tb", "k\nx", "k\rx", "a #b", "#k", "-k", "[k", "]k", "{k",
      "}k", ",k", "&k", "*k", "!k", "%k", "@k", "`k", "|k", ">k", "?k", "\"k\"", "'k'", "k\u0001", ":"})
  void keysThatWouldReadBackAsSomethingElseAreRefused(String key) {
    assertThatThrownBy(() -> FrontMatterEntry.of(key, X))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be written as a plain YAML key");
    assertThatThrownBy(() -> Digest.builder().title("t").frontMatter(key, "x").build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"coverImage", "og:image", "a:b", "key:", ":key", "a b", "a#b", "a\tb", "键", "x-y_z.1"})
  void keysAPostCanHoldReadBack(String key) {
    assertReadsBack(key);
  }

  /** Seeded random keys over the characters that matter to YAML: whatever is accepted reads back. */
  @Test
  void everyAcceptedKeyReadsBackAsItself() {
    String alphabet = "ab键 \t:#-\"'[]{},&*!%@`|>?._/\n\u2028\u3000\u00A0ü1";
    Random random = new Random(20261129);
    int accepted = 0;
    int refused = 0;
    List<String> failures = new ArrayList<>();
    for (int n = 0; n < 20_000; n++) {
      StringBuilder key = new StringBuilder();
      int length = 1 + random.nextInt(6);
      for (int i = 0; i < length; i++) {
        key.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      try {
        FrontMatterEntry.of(key.toString(), X);
      } catch (IllegalArgumentException e) {
        refused++;
        continue;
      }
      accepted++;
      try {
        assertReadsBack(key.toString());
      } catch (AssertionError | RuntimeException e) {
        failures.add(key.toString().replace("\t", "\\t").replace("\n", "\\n") + " -> " + e.getMessage());
      }
    }
    assertThat(failures).isEmpty();
    assertThat(accepted).isGreaterThan(2_000);
    assertThat(refused).isGreaterThan(2_000);
  }

  private static void assertReadsBack(String key) {
    Digest built = Digest.builder().title("t").frontMatter(key, "x").build();
    Digest parsed = Digest.parse(built.toMarkdown());
    assertThat(parsed.frontMatter().entry(key)).as(built.toMarkdown()).hasValueSatisfying(
        e -> assertThat(e.value().asText()).isEqualTo("x"));
    assertThat(parsed).isEqualTo(built);
  }
}
