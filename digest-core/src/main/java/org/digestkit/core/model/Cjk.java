package org.digestkit.core.model;

/**
 * Which characters are Chinese, Japanese or Korean script: Han ideographs, hiragana, katakana and Hangul, by
 * their Unicode script. Digests are written mostly in them; slugs keep them, and text matching treats them as
 * words of their own.
 */
public final class Cjk {
  private Cjk() {}

  /**
   * {@return whether {@code codePoint} is a Han, hiragana, katakana or Hangul character}
   *
   * @param codePoint a Unicode code point
   */
  public static boolean isCjk(int codePoint) {
    if (codePoint < 0x1100) {
      return false; // no Han, kana or Hangul below the Hangul Jamo block
    }
    // the characters of a Chinese text, decided without a script lookup: the unified ideographs of Unicode 13
    // (Java 17's), general punctuation, symbols (arrows, dingbats...) up to the CJK radicals, CJK punctuation and
    // brackets, the fullwidth forms of ASCII, and the halves of a surrogate pair (an emoji's)
    if (codePoint >= 0x4E00 && codePoint <= 0x9FFC) {
      return true;
    }
    if (codePoint >= 0x2000 && codePoint <= 0x2E7F || codePoint >= 0x3000 && codePoint <= 0x3004
        || codePoint >= 0x3008 && codePoint <= 0x3020 || codePoint >= 0xFF00 && codePoint <= 0xFF65
        || codePoint >= 0xD800 && codePoint <= 0xDFFF) {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
  }
}
