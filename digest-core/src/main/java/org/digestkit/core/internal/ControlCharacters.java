package org.digestkit.core.internal;

/** Finds characters no post may hold: C0 and C1 controls other than tab and line breaks, and noncharacters. */
final class ControlCharacters {
  private ControlCharacters() {}

  /**
   * The offset of the first forbidden character in {@code [0, end)} of {@code text}, or -1: controls,
   * noncharacters, and lone surrogates (a broken UTF-16 string, which YAML cannot read).
   */
  static int find(String text, int end) {
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        return i;
      }
      if (c < 0x20) {
        if (c != '\n' && c != '\r' && c != '\t') {
          return i;
        }
      } else if (c >= 0x7F && c <= 0x9F || c == 0xFFFE || c == 0xFFFF) {
        return i;
      }
    }
    return -1;
  }

  static String describe(char c) {
    return String.format("U+%04X", (int) c);
  }
}
