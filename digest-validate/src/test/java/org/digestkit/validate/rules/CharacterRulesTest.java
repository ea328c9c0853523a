package org.digestkit.validate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.digestkit.validate.internal.TextLandmarks;
import org.junit.jupiter.api.Test;

/**
 * The character rules read the post's one scan of unusual characters: that scan must hold every character one of
 * them names, and must leave out the punctuation Chinese text uses on every line.
 */
class CharacterRulesTest {
  private static final List<CharacterRule> RULES = List.of(new ControlCharacterRule(), new BidiControlRule());

  @Test
  void everyCharacterARuleNamesIsInTheScan() {
    List<String> missed = new ArrayList<>();
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      for (CharacterRule rule : RULES) {
        if (rule.describe((char) c) != null && !unusual((char) c)) {
          missed.add(rule.id() + " U+" + Integer.toHexString(c));
        }
      }
    }
    assertThat(missed).isEmpty();
  }

  @Test
  void everydayChinesePunctuationIsNotUnusual() {
    for (char c : "—–‘’“”…‧※、，。：；！？（）《》【】".toCharArray()) {
      assertThat(unusual(c)).as("U+%04X", (int) c).isFalse();
    }
  }

  private static boolean unusual(char c) {
    return !TextLandmarks.of("a" + c + "b").unusualCharacters().isEmpty();
  }
}
