package org.digestkit.core.internal;

import java.util.ArrayList;
import java.util.List;
import org.digestkit.core.ParseLimits;
import org.digestkit.core.model.FrontMatterValue;
import org.digestkit.core.model.ScalarStyle;

/**
 * An exact reader for the one-line YAML values digests use: plain scalars, double-quoted scalars with the
 * common escapes, and flow lists of double-quoted strings. Anything else — or anything it is not sure of — makes
 * it return null, and the caller decodes the front matter with Jackson YAML instead. Front matter is 6 % of a
 * post's bytes but a full YAML parse costs more than the rest of the post; this keeps the common case cheap.
 */
final class SimpleYaml {
  private SimpleYaml() {}

  /** Decodes the value of {@code line} after index {@code colon}, or returns null when it is not simple. */
  static FrontMatterValue value(String line, int afterColon, ParseLimits limits) {
    int i = afterColon;
    int n = line.length();
    if (i < n && line.charAt(i) != ' ') {
      return null;
    }
    while (i < n && line.charAt(i) == ' ') {
      i++;
    }
    int end = n;
    while (end > i && line.charAt(end - 1) == ' ') {
      end--;
    }
    if (i >= end) {
      return null; // null value: let YAML decide
    }
    char c = line.charAt(i);
    if (c == '"') {
      StringBuilder out = new StringBuilder(end - i);
      int close = doubleQuoted(line, i, out);
      if (close != end - 1 || out.length() > limits.maxYamlStringLength()) {
        return null;
      }
      return new FrontMatterValue.Scalar(out.toString(), ScalarStyle.DOUBLE_QUOTED);
    }
    if (c == '[') {
      return flowList(line, i, end, limits);
    }
    String plain = line.substring(i, end);
    if (!isSimplePlain(plain) || plain.length() > limits.maxYamlStringLength()) {
      return null;
    }
    return new FrontMatterValue.Scalar(plain, ScalarStyle.PLAIN);
  }

  /**
   * Reads a double-quoted scalar starting at {@code start}; returns the index of its closing quote, or -1 when
   * it uses an escape this reader does not handle or is not closed.
   */
  static int doubleQuoted(String s, int start, StringBuilder out) {
    int i = start + 1;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '"') {
        return i;
      }
      if (c == '\\') {
        if (i + 1 >= s.length()) {
          return -1;
        }
        char e = s.charAt(i + 1);
        switch (e) {
          case 'n' -> out.append('\n');
          case '"' -> out.append('"');
          case '\\' -> out.append('\\');
          case 't' -> out.append('\t');
          case '/' -> out.append('/');
          default -> {
            return -1;
          }
        }
        i += 2;
        continue;
      }
      if (c < 0x20 && c != '\t') {
        return -1;
      }
      out.append(c);
      i++;
    }
    return -1;
  }

  private static FrontMatterValue flowList(String s, int start, int end, ParseLimits limits) {
    if (s.charAt(end - 1) != ']') {
      return null;
    }
    List<FrontMatterValue> items = new ArrayList<>();
    int i = start + 1;
    boolean expectItem = true;
    while (i < end - 1) {
      char c = s.charAt(i);
      if (c == ' ') {
        i++;
        continue;
      }
      if (expectItem && c == '"') {
        StringBuilder out = new StringBuilder();
        int close = doubleQuoted(s, i, out);
        if (close < 0 || out.length() > limits.maxYamlStringLength()) {
          return null;
        }
        items.add(new FrontMatterValue.Scalar(out.toString(), ScalarStyle.DOUBLE_QUOTED));
        i = close + 1;
        expectItem = false;
      } else if (!expectItem && c == ',') {
        expectItem = true;
        i++;
      } else {
        return null;
      }
    }
    if (expectItem && !items.isEmpty()) {
      return null; // trailing comma: let YAML decide
    }
    return new FrontMatterValue.Sequence(items, true);
  }

  /**
   * Whether {@code s} is a plain scalar that YAML reads as this very string of text: no indicator at the start,
   * no {@code ": "} or {@code " #"}, no flow characters, and not a boolean, null or number.
   */
  static boolean isSimplePlain(String s) {
    if (s.isEmpty()) {
      return false;
    }
    char first = s.charAt(0);
    if ("-?:,[]{}#&*!|>'\"%@`".indexOf(first) >= 0) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == 0x7F) {
        return false;
      }
      if (c == ':' && (i + 1 == s.length() || s.charAt(i + 1) == ' ')) {
        return false;
      }
      if (c == '#' && s.charAt(i - 1) == ' ') {
        return false;
      }
    }
    return !looksTyped(s);
  }

  /**
   * Whether a plain scalar is YAML's null ({@code ~}, {@code null}), which this reader leaves to Jackson.
   * Booleans, numbers and dates are kept as the text they are written as, on both paths: the model keeps
   * {@code 1.10}, {@code NO} and {@code 2025-12-16} as written.
   */
  static boolean looksTyped(String s) {
    String lower = s.toLowerCase(java.util.Locale.ROOT);
    if (lower.equals("null") || lower.equals("~")) {
      return true;
    }
    // over-long numbers go to the full reader, which enforces the number-length limit
    return s.length() > 32 && Character.isDigit(s.charAt(0));
  }
}
