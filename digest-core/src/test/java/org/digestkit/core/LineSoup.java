package org.digestkit.core;

import java.util.Random;

/** Seeded texts of 1 to 12 lines drawn from a list, for differential tests of the fast parsers. */
public final class LineSoup {
  private LineSoup() {}

  /** One text: random lines of {@code lines}, joined by line breaks, a final one or not. */
  public static String next(Random random, String[] lines) {
    StringBuilder b = new StringBuilder();
    int n = 1 + random.nextInt(12);
    for (int i = 0; i < n; i++) {
      b.append(lines[random.nextInt(lines.length)]);
      if (i + 1 < n || random.nextBoolean()) {
        b.append('\n');
      }
    }
    return b.toString();
  }
}
