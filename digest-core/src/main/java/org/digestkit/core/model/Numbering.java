package org.digestkit.core.model;

import java.util.Objects;

/**
 * The numbering in front of a section title: {@code 一、}, {@code 01｜}, {@code 01 } or a corrupted form such as
 * {@code 08｠}. {@link #NONE} when the heading is not numbered.
 *
 * @param number the number as written ({@code 一}, {@code 01})
 * @param separator what follows it ({@code 、}, {@code ｜}, a space, …)
 */
public record Numbering(String number, String separator) {

  /** No numbering. */
  public static final Numbering NONE = new Numbering("", "");

  /**
   * Checks the components.
   *
   * @param number the number as written ({@code 一}, {@code 01})
   * @param separator what follows it ({@code 、}, {@code ｜}, a space, …)
   */
  public Numbering {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(separator, "separator");
  }

  /** {@return whether the heading is numbered} */
  public boolean isPresent() {
    return !number.isEmpty();
  }

  /** {@return the numbering as written in front of the title} */
  public String text() {
    return number + separator;
  }

  /** {@return the numeric value (CJK numerals 一 to 九十九 and decimal digits), or -1 when unknown} */
  public int value() {
    if (number.isEmpty()) {
      return -1;
    }
    if (number.chars().allMatch(Character::isDigit)) {
      return number.length() > 6 ? -1 : Integer.parseInt(number);
    }
    return cjkValue(number);
  }

  /**
   * {@return the CJK numeral {@code n} (1–99) as written in {@code 一、} numbering}
   *
   * @param n how many
   */
  public static String cjkNumeral(int n) {
    String digits = "零一二三四五六七八九";
    if (n < 1 || n > 99) {
      throw new IllegalArgumentException("CJK numbering supports 1 to 99: " + n);
    }
    if (n < 10) {
      return String.valueOf(digits.charAt(n));
    }
    String tens = n / 10 == 1 ? "十" : digits.charAt(n / 10) + "十";
    return n % 10 == 0 ? tens : tens + digits.charAt(n % 10);
  }

  private static int cjkValue(String s) {
    String digits = "零一二三四五六七八九";
    int ten = s.indexOf('十');
    if (ten < 0) {
      if (s.length() != 1) {
        return -1;
      }
      int d = digits.indexOf(s.charAt(0));
      return d <= 0 ? -1 : d;
    }
    int high = 1;
    if (ten == 1) {
      high = digits.indexOf(s.charAt(0));
    } else if (ten != 0) {
      return -1;
    }
    int low = 0;
    if (ten + 1 < s.length()) {
      if (ten + 2 != s.length()) {
        return -1;
      }
      low = digits.indexOf(s.charAt(ten + 1));
    }
    return high <= 0 || low < 0 ? -1 : high * 10 + low;
  }
}
