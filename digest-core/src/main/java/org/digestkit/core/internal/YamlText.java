package org.digestkit.core.internal;

import java.util.Locale;
import java.util.Map;
import org.digestkit.core.model.FrontMatterValue;
import org.digestkit.core.model.ScalarStyle;

/**
 * Writes front-matter values in the canonical style: plain scalars where YAML reads them back as the same
 * text, double quotes otherwise (escaping only what must be escaped), and flow lists of double-quoted strings
 * without spaces, as in {@code tags: ["AI","AI 日报"]}.
 */
public final class YamlText {
  private YamlText() {}

  /**
   * The canonical {@code key: value} line(s) of an entry; a key read from a quoted spelling that a plain key
   * cannot hold ({@code "a: b"}, {@code "#x"}, {@code "null"}) stays double-quoted.
   */
  public static String entry(String key, FrontMatterValue value) {
    String written = SimpleYaml.isSimplePlain(key) && key.strip().equals(key) ? key : doubleQuoted(key);
    return written + ": " + value(key, value);
  }

  static String value(String key, FrontMatterValue value) {
    if (value instanceof FrontMatterValue.Scalar s) {
      return scalar(key, s);
    }
    if (value instanceof FrontMatterValue.Sequence seq) {
      StringBuilder out = new StringBuilder("[");
      for (int i = 0; i < seq.items().size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        FrontMatterValue item = seq.items().get(i);
        out.append(item instanceof FrontMatterValue.Scalar s ? doubleQuoted(s.text()) : value("", item));
      }
      return out.append(']').toString();
    }
    FrontMatterValue.Mapping map = (FrontMatterValue.Mapping) value;
    StringBuilder out = new StringBuilder("{");
    boolean first = true;
    for (Map.Entry<String, FrontMatterValue> e : map.entries().entrySet()) {
      if (!first) {
        out.append(", ");
      }
      first = false;
      out.append(doubleQuoted(e.getKey())).append(": ");
      // inside braces a plain scalar must not hold a flow indicator: YAML would end or nest it there
      if (e.getValue() instanceof FrontMatterValue.Scalar s && hasFlowIndicator(s.text())) {
        out.append(doubleQuoted(s.text()));
      } else {
        out.append(value(e.getKey(), e.getValue()));
      }
    }
    return out.append('}').toString();
  }

  private static boolean hasFlowIndicator(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (",[]{}".indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static String scalar(String key, FrontMatterValue.Scalar s) {
    String text = s.text();
    if (key.equals("date") && org.digestkit.core.model.FrontMatter.hasIsoDateShape(text)) {
      return text;
    }
    if (s.style() == ScalarStyle.PLAIN && isPlainSafe(text)) {
      return text;
    }
    return doubleQuoted(text);
  }

  /** Whether {@code text} can be written unquoted and read back by any YAML reader as the same string. */
  public static boolean isPlainSafe(String text) {
    if (text.isEmpty() || !text.strip().equals(text) || !SimpleYaml.isSimplePlain(text)) {
      return false;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    switch (lower) {
      case "true", "false", "yes", "no", "on", "off", "y", "n", "null", "~" -> {
        return false;
      }
      default -> {
      }
    }
    char first = text.charAt(0);
    if (Character.isDigit(first) || first == '.' || first == '+' || first == '-') {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (!(Character.isLetterOrDigit(c) && c < 0x80 || c == '.' || c == '-' || c == '+' || c == '_'
            || c == ':' || c == ' ')) {
          return true;
        }
      }
      return false;
    }
    return true;
  }

  /** {@code text} in double quotes, escaping backslash, quote, line breaks and other control characters. */
  public static String doubleQuoted(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '"' -> out.append("\\\"");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20 || c >= 0x7F && c <= 0x9F || c == 0x2028 || c == 0x2029 || c == 0xFEFF) {
            out.append(String.format("\\u%04X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
