package org.digestkit.render.html;

import java.util.HashMap;
import java.util.Map;

/**
 * The heading ids of one document in a {@link HeadingIdStyle}: each heading's slug, de-duplicated as the style
 * does. One instance per document (it remembers the ids it gave). Not thread-safe.
 */
public final class Slugs {
  private final HeadingIdStyle style;
  private final Map<String, Integer> seen = new HashMap<>();

  /**
   * Ids in a style.
   *
   * @param style the style
   */
  public Slugs(HeadingIdStyle style) {
    this.style = style;
  }

  /**
   * {@return the id for a heading text; empty when the text leaves nothing in the {@code AICODE} style}
   *
   * @param text the text
   */
  public String next(String text) {
    String base = style.slug(text);
    if (style == HeadingIdStyle.AICODE) {
      if (base.isEmpty()) {
        return base;
      }
      int n = seen.merge(base, 1, Integer::sum);
      return n == 1 ? base : base + "-" + n;
    }
    // github-slugger: count per original slug, skipping ids given already
    String result = base;
    while (seen.containsKey(result)) {
      int n = seen.merge(base, 1, Integer::sum);
      result = base + "-" + n;
    }
    seen.put(result, 0);
    return result;
  }
}
