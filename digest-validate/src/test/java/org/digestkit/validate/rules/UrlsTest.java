package org.digestkit.validate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The shortcut for plain URLs gives the key the part-by-part definition gives. */
class UrlsTest {
  private static final String[] PIECES = {"https://", "http://", "HTTPS://", "ftp://", "a", "B", "é", ".", "/", "#",
      "?", "x=Y", " ", "\t", "Ä", "example.com", "Example.COM", ":8080", "%2F", "\u3000"};

  @Test
  void plainUrlsAreTheirOwnKeyExactlyWhenThePartsSaySo() {
    Random rnd = new Random(17);
    int shortcut = 0;
    for (int i = 0; i < 50_000; i++) {
      StringBuilder url = new StringBuilder(rnd.nextBoolean() ? "https://" : "");
      for (int k = rnd.nextInt(8); k >= 0; k--) {
        url.append(PIECES[rnd.nextInt(PIECES.length)]);
      }
      String u = url.toString();
      assertThat(Urls.key(u)).as(u).isEqualTo(Urls.keyByParts(u));
      shortcut += Urls.isPlainKey(u) ? 1 : 0;
    }
    assertThat(shortcut).as("URLs taking the shortcut").isGreaterThan(1_000);
    assertThat(Urls.key("https://Example.com/A#x")).isEqualTo("https://example.com/A");
    assertThat(Urls.key("https://example.com/a/")).isEqualTo("https://example.com/a");
  }
}
