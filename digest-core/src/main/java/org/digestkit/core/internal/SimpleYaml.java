package org.digestkit.core.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.digestkit.core.ParseLimits;
import org.digestkit.core.model.FrontMatterValue;
import org.digestkit.core.model.ScalarStyle;

/**
 * An exact reader for front matter written the way digests write it: one {@code key: value} line per key, with
 * plain, double-quoted or single-quoted keys (white space before the colon allowed), values that are plain
 * scalars, double-quoted scalars with the common escapes, or flow lists of double-quoted strings, and blank or
 * comment lines between them. On anything else — a value over several lines, a comment after a value, another
 * scalar form, a duplicate or over-long key, anything it is not sure of — it returns null and the caller
 * reads the front matter with Jackson YAML, which gives the same keys and values wherever this reader answers
 * ({@code FrontMatterReaderDifferentialTest} holds the two to that). Front matter is 6 % of a post's bytes but
 * a full YAML parse costs more than the rest of the post; this keeps the common case cheap.
 */
final class SimpleYaml {
  private SimpleYaml() {}

  /**
   * The entries of the front matter on lines {@code [first, end)}, or null when it is not made of simple
   * one-line entries only.
   */
  static List<FrontMatterReader.Span> entries(Lines lines, int first, int end, ParseLimits limits) {
    List<FrontMatterReader.Span> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String text = lines.text();
    for (int i = first; i < end; i++) {
      String l = lines.line(i);
      if (l.isEmpty() || l.charAt(0) == '#' || l.isBlank() && l.indexOf('\t') < 0) {
        continue; // (SnakeYAML refuses a tab that starts a line: such lines are left to it)
      }
      StringBuilder key = new StringBuilder();
      int afterColon = keyLine(l, key);
      if (afterColon < 0 || key.length() > limits.maxYamlKeyLength() || !seen.add(key.toString())) {
        return null;
      }
      if (i + 1 < end && continues(lines.line(i + 1))) {
        return null;
      }
      FrontMatterValue value = value(l, afterColon, limits);
      if (value == null) {
        return null;
      }
      out.add(new FrontMatterReader.Span(key.toString(), value, lines.start(i), lines.contentEnd(i)));
    }
    return out;
  }

  /** Whether a line after a key line carries that key's value on (indented, or a block sequence item). */
  private static boolean continues(String next) {
    if (next.isEmpty()) {
      return false;
    }
    char c = next.charAt(0);
    return c == ' ' || c == '\t' || c == '-' && (next.length() == 1 || next.charAt(1) == ' ' || next.charAt(1) == '\t');
  }

  /**
   * Reads the key of a top-level {@code key: value} line into {@code key}: a plain key, or a double- or
   * single-quoted one, then optional spaces and the colon. Returns the index after the colon, or -1 when the
   * line does not start with a key this reader is sure of.
   */
  static int keyLine(String line, StringBuilder key) {
    int n = line.length();
    if (n == 0) {
      return -1;
    }
    char first = line.charAt(0);
    int i;
    if (first == '"') {
      int close = doubleQuoted(line, 0, key);
      if (close < 0) {
        return -1;
      }
      i = close + 1;
    } else if (first == '\'') {
      int close = singleQuoted(line, 0, key);
      if (close < 0) {
        return -1;
      }
      i = close + 1;
    } else {
      int colon = -1;
      for (int j = 0; j < n; j++) {
        char c = line.charAt(j);
        if (c == ':' && (j + 1 == n || line.charAt(j + 1) == ' ' || line.charAt(j + 1) == '\t')) {
          colon = j;
          break;
        }
      }
      if (colon < 0) {
        return -1;
      }
      int keyEnd = colon;
      while (keyEnd > 0 && (line.charAt(keyEnd - 1) == ' ' || line.charAt(keyEnd - 1) == '\t')) {
        keyEnd--;
      }
      String plain = line.substring(0, keyEnd);
      if (!isSimplePlain(plain)) {
        return -1;
      }
      key.append(plain);
      return colon + 1;
    }
    while (i < n && line.charAt(i) == ' ') {
      i++;
    }
    return i < n && line.charAt(i) == ':' ? i + 1 : -1;
  }

  /** Decodes the value of {@code line} after index {@code afterColon}, or returns null when it is not simple. */
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

  /**
   * Reads a single-quoted scalar starting at {@code start} ({@code ''} is a quote); returns the index of its
   * closing quote, or -1 when it is not closed on this line.
   */
  static int singleQuoted(String s, int start, StringBuilder out) {
    int i = start + 1;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\'') {
        if (i + 1 < s.length() && s.charAt(i + 1) == '\'') {
          out.append('\'');
          i += 2;
          continue;
        }
        return i;
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
        if (close < 0 || close >= end - 1 || out.length() > limits.maxYamlStringLength()) {
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
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.equals("null") || lower.equals("~")) {
      return true;
    }
    // over-long numbers go to the full reader, which enforces the number-length limit
    return s.length() > 32 && Character.isDigit(s.charAt(0));
  }
}
