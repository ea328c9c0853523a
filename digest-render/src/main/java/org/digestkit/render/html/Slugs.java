package org.digestkit.render.html;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.digestkit.core.model.Cjk;

/**
 * Heading ids as the blog's site generator makes them: lower-case, white space to {@code -}, keep ASCII word
 * characters, CJK characters and {@code -}, drop the rest; a repeated id gets {@code -2}, {@code -3}, … One
 * instance per document (it remembers the ids it gave). Not thread-safe.
 */
public final class Slugs {
  private final Map<String, Integer> seen = new HashMap<>();

  /** The id for a heading text, unique within this document. */
  public String next(String text) {
    String base = slug(text);
    if (base.isEmpty()) {
      base = "section";
    }
    int n = seen.merge(base, 1, Integer::sum);
    return n == 1 ? base : base + "-" + n;
  }

  /** The slug of a text, without de-duplication. */
  public static String slug(String text) {
    String lower = text.strip().toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || cp == 0x3000) {
        out.append('-');
      } else if (cp >= 'a' && cp <= 'z' || cp >= '0' && cp <= '9' || cp == '_' || cp == '-' || Cjk.isCjk(cp)) {
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }
}
