package org.digestkit.cli.report;

/**
 * Makes text from posts, file names and messages safe to print: the one escaping every human-readable output
 * of the command uses (terminal text, GitHub workflow commands, JUnit XML). Control characters, line breaks,
 * bidirectional controls and unpaired surrogates become visible escapes ({@code \n}, {@code \u001B}), so that
 * a post can neither move the cursor, ring the bell, reorder what is shown nor start a line a CI runner acts on.
 */
public final class Escapes {
  private Escapes() {}

  /** {@code s} with every character that could act on a terminal or a log shown as an escape. */
  public static String visible(String s) {
    int first = firstUnsafe(s);
    if (first < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length() + 16).append(s, 0, first);
    for (int i = first; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        out.append(c).append(s.charAt(++i));
      } else if (!isUnsafe(c)) {
        out.append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else {
        out.append(String.format("\\u%04X", (int) c));
      }
    }
    return out.toString();
  }

  /**
   * {@code s} cut to at most {@code max} characters (an ellipsis marks the cut, a surrogate pair is never
   * split), so that one finding's text stays a few hundred bytes whatever the post holds.
   */
  public static String shorten(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int end = max - 1;
    if (Character.isHighSurrogate(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end) + "…";
  }

  /** {@code s} with unpaired surrogates replaced by U+FFFD, so that it encodes as UTF-8 in JSON and XML. */
  public static String wellFormed(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
      if (paired) {
        if (out != null) {
          out.append(c).append(s.charAt(i + 1));
        }
        i++;
      } else if (Character.isSurrogate(c)) {
        if (out == null) {
          out = new StringBuilder(s.length()).append(s, 0, i);
        }
        out.append('\uFFFD');
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? s : out.toString();
  }

  private static int firstUnsafe(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (isUnsafe(c)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * C0 and C1 controls (line breaks and tab included), DEL, the Unicode line and paragraph separators, the
   * bidirectional marks, embeddings, overrides and isolates, and unpaired surrogates.
   */
  static boolean isUnsafe(char c) {
    return c < 0x20 || c >= 0x7F && c <= 0x9F || c == '\u061C' || c == '\u200E' || c == '\u200F'
        || c >= '\u2028' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069' || Character.isSurrogate(c);
  }
}
