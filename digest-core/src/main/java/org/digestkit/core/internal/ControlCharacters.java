package org.digestkit.core.internal;

/** Finds characters no post may hold: C0 and C1 controls other than tab and line breaks, and noncharacters. */
final class ControlCharacters {
  private ControlCharacters() {}

  /** The offset of the first forbidden character, or -1. */
  static int find(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
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
