package org.digestkit.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link Cjk#isCjk} holds for exactly the code points of the Han, kana and Hangul scripts. */
class CjkTest {
  private static final Set<Character.UnicodeScript> CJK = Set.of(Character.UnicodeScript.HAN,
      Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA, Character.UnicodeScript.HANGUL);

  @Test
  void holdsForTheCodePointsOfTheCjkScripts() {
    int cjk = 0;
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      boolean expected = CJK.contains(Character.UnicodeScript.of(cp));
      assertThat(Cjk.isCjk(cp)).as("U+%04X", cp).isEqualTo(expected);
      cjk += expected ? 1 : 0;
    }
    assertThat(cjk).isGreaterThan(90_000);
    assertThat(Cjk.isCjk('模')).isTrue();
    assertThat(Cjk.isCjk('か')).isTrue();
    assertThat(Cjk.isCjk('한')).isTrue();
    assertThat(Cjk.isCjk('a')).isFalse();
    assertThat(Cjk.isCjk('，')).isFalse();
  }
}
