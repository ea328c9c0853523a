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
    Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
  }
}
