package org.digestkit.render;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.digestkit.core.Digest;

/**
 * A post's address on its site from a pattern, such as {@code {path}.html} or {@code {year}/{month}/{name}/}.
 * Placeholders: {@code {path}} (the post's file, relative to the posts' root, without its extension),
 * {@code {name}} (the file name without its extension), {@code {date}} ({@code YYYY-MM-DD}), {@code {year}},
 * {@code {month}} and {@code {day}}. Values come only from validated sources — the file's path, and the front
 * matter's {@code date} when it is a real calendar date (any other {@code date:} text is not used) — and each is
 * percent-encoded as a URL path segment, so a value cannot add a query, a fragment, a scheme or a {@code ..}
 * step. The pattern's own text may hold only URL path characters. Use it for feeds:
 *
 * <pre>{@code
 * Permalink permalink = Permalink.of("{path}.html");
 * Map<Digest, String> files = new IdentityHashMap<>(); // each post and its path relative to the posts' folder
 * RenderOptions options = RenderOptions.defaults()
 *     .withSite("https://blog.example.org/", "Blog", d -> permalink.link(d, files.get(d)));
 * }</pre>
 *
 * A pattern without {@code {path}} or {@code {name}} can give two posts one address; feeds refuse the second.
 * Immutable.
 */
public final class Permalink {
  private static final Set<String> PLACEHOLDERS = Set.of("path", "name", "date", "year", "month", "day");

  private final String pattern;
  /** Literal text and placeholder names, alternating, starting with literal text. */
  private final List<String> parts;

  private Permalink(String pattern, List<String> parts) {
    this.pattern = pattern;
    this.parts = parts;
  }

  /**
   * {@return the permalink pattern, checked}
   *
   * @param pattern a path on the site with placeholders, such as {@code /posts/{year}/{name}.html}
   * @throws IllegalArgumentException when it names an unknown placeholder, holds characters a URL path cannot
   *     hold, starts with {@code //} or a scheme, or has a {@code .} or {@code ..} segment
   */
  public static Permalink of(String pattern) {
    List<String> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '{') {
        int close = pattern.indexOf('}', i);
        String name = close < 0 ? "" : pattern.substring(i + 1, close);
        if (!PLACEHOLDERS.contains(name)) {
          throw new IllegalArgumentException("permalink '" + pattern + "': unknown placeholder at column " + (i + 1)
              + " (known: {path}, {name}, {date}, {year}, {month}, {day})");
        }
        parts.add(literal.toString());
        parts.add(name);
        literal.setLength(0);
        i = close;
      } else if (isPathChar(c) || c == '%' && isPercentEscape(pattern, i)) {
        literal.append(c);
      } else {
        throw new IllegalArgumentException("permalink '" + pattern + "': '" + c + "' at column " + (i + 1)
            + " cannot stand in a URL path (encode it, or use a placeholder)");
      }
    }
    parts.add(literal.toString());
    String first = parts.get(0);
    if (first.startsWith("//") || first.matches("[A-Za-z][A-Za-z0-9+.-]*:.*")) {
      throw new IllegalArgumentException("permalink '" + pattern + "': must be a path on the site, not a URL");
    }
    for (String part : parts) {
      for (String segment : ("/" + part + "/").split("/")) {
        if (segment.equals(".") || segment.equals("..")) {
          throw new IllegalArgumentException("permalink '" + pattern + "': has a '" + segment + "' segment");
        }
      }
    }
    return new Permalink(pattern, List.copyOf(parts));
  }

  /** {@return the pattern as given} */
  public String pattern() {
    return pattern;
  }

  /**
   * {@return the post's address, relative to the site}
   *
   * @param digest the post
   * @param source the post's file relative to the posts' root, with {@code /} between folders (needed by
   *     {@code {path}} and {@code {name}}; may be null otherwise)
   * @throws RenderException when a placeholder has no value for this post (no valid date, no file)
   */
  public String link(Digest digest, String source) {
    StringBuilder out = new StringBuilder(pattern.length() + 64);
    for (int i = 0; i < parts.size(); i++) {
      String part = parts.get(i);
      if (i % 2 == 0) {
        out.append(part);
      } else {
        out.append(value(part, digest, source));
      }
    }
    return out.toString();
  }

  private String value(String placeholder, Digest digest, String source) {
    if (placeholder.equals("path") || placeholder.equals("name")) {
      if (source == null || source.isBlank()) {
        throw new RenderException("permalink " + pattern + ": the post has no file for {" + placeholder + "}");
      }
      String path = source.replace('\\', '/');
      int slash = path.lastIndexOf('/');
      int dot = path.lastIndexOf('.');
      String stem = dot > slash + 1 ? path.substring(0, dot) : path;
      if (placeholder.equals("name")) {
        return segment(stem.substring(stem.lastIndexOf('/') + 1));
      }
      List<String> segments = new ArrayList<>();
      for (String s : stem.split("/")) {
        if (!s.isEmpty()) {
          segments.add(segment(s));
        }
      }
      return String.join("/", segments);
    }
    LocalDate date = digest.frontMatter().date().orElseThrow(() -> new RenderException("permalink " + pattern
        + ": the post has no valid date: (YYYY-MM-DD) for {" + placeholder + "}"));
    return switch (placeholder) {
      case "date" -> date.toString();
      case "year" -> String.format(Locale.ROOT, "%04d", date.getYear());
      case "month" -> String.format(Locale.ROOT, "%02d", date.getMonthValue());
      default -> String.format(Locale.ROOT, "%02d", date.getDayOfMonth());
    };
  }

  /** Percent-encodes a path segment: unreserved ASCII stays, every other byte of its UTF-8 is escaped. */
  static String segment(String s) {
    if (s.equals(".") || s.equals("..")) {
      return s.replace(".", "%2E");
    }
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_'
          || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return out.toString();
  }

  /** RFC 3986 {@code pchar} and {@code /}, without {@code %} (checked apart). */
  private static boolean isPathChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0;
  }

  private static boolean isPercentEscape(String s, int i) {
    return i + 2 < s.length() && Character.digit(s.charAt(i + 1), 16) >= 0 && Character.digit(s.charAt(i + 2), 16) >= 0;
  }

  @Override
  public String toString() {
    return pattern;
  }
}
