package org.digestkit.render.html;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How heading ids are made from a heading's text. Both styles lower-case as JavaScript's {@code toLowerCase} does
 * (Unicode's default full case mapping, which {@code String.toLowerCase(Locale.ROOT)} also applies: {@code İ}
 * becomes {@code i} and a combining dot, the Kelvin sign {@code k}; the final-sigma rule changes nothing that
 * either style keeps).
 */
public enum HeadingIdStyle {
  /**
   * GitHub's ids (github-slugger): lower-case; drop every character that is not a letter (Unicode
   * {@code Alphabetic}), a mark, a decimal digit, connector punctuation ({@code _}), a joiner (U+200C, U+200D),
   * {@code -} or a space; each space becomes {@code -}. A repeated id gets {@code -1}, {@code -2}, …, skipping
   * ids already given, so ids are unique. The default.
   */
  GITHUB("github"),

  /**
   * The aicode blog's ids, as its site generator makes them (the {@code aicode-ai-daily} profile): lower-case;
   * each run of JavaScript white space ({@code \s}: tab, line feed, U+000B, form feed, carriage return, U+FEFF,
   * the Zs spaces U+0020, U+00A0, U+1680, U+2000–U+200A, U+202F, U+205F, U+3000, and U+2028, U+2029) becomes
   * {@code -}; drop every character but {@code [A-Za-z0-9_]}, U+4E00–U+9FA5 and {@code -}; collapse each run of
   * {@code -} into one and trim {@code -} at both ends. A repeated id gets {@code -2}, {@code -3}, … by a plain
   * count (as the blog does, a heading whose own text reads {@code x-2} can meet a second {@code x}); an empty id
   * stays empty.
   */
  AICODE("aicode");

  private final String styleName;

  HeadingIdStyle(String styleName) {
    this.styleName = styleName;
  }

  /** {@return the name used in options and profiles ({@code github}, {@code aicode})} */
  public String styleName() {
    return styleName;
  }

  /**
   * {@return the style with this name}
   *
   * @param name the name
   */
  public static HeadingIdStyle of(String name) {
    for (HeadingIdStyle s : values()) {
      if (s.styleName.equals(name)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown heading id style '" + name + "' (known: "
        + Arrays.stream(values()).map(HeadingIdStyle::styleName).collect(Collectors.joining(", ")) + ")");
  }

  /**
   * {@return the id of a heading text before de-duplication (possibly empty)}
   *
   * @param text the text
   */
  public String slug(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return this == GITHUB ? github(lower) : aicode(lower);
  }

  private static String github(String lower) {
    StringBuilder out = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == ' ') {
        out.append('-');
      } else if (cp == '-' || isWord(cp)) {
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }

  /** Unicode's word characters as Onigmo and github-slugger define them. */
  private static boolean isWord(int cp) {
    if (Character.isAlphabetic(cp) || cp == 0x200C || cp == 0x200D) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK || type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.CONNECTOR_PUNCTUATION;
  }

  private static String aicode(String lower) {
    StringBuilder out = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i); // UTF-16 units, as JavaScript's regular expressions without the u flag
      boolean kept = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
          || c >= 0x4E00 && c <= 0x9FA5;
      if (kept) {
        out.append(c);
      } else if ((c == '-' || isJavaScriptSpace(c)) && out.length() > 0 && out.charAt(out.length() - 1) != '-') {
        out.append('-');
      }
    }
    int end = out.length();
    if (end > 0 && out.charAt(end - 1) == '-') {
      out.setLength(end - 1);
    }
    return out.toString();
  }

  /** JavaScript's {@code \s}: WhiteSpace and LineTerminator of ECMAScript. */
  static boolean isJavaScriptSpace(char c) {
    return c >= 0x09 && c <= 0x0D || c == ' ' || c == 0xA0 || c == 0x1680 || c >= 0x2000 && c <= 0x200A
        || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
  }
}
