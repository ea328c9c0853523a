package org.digestkit.core;

import java.util.Arrays;
import java.util.List;

/** The one changed region between two texts: what lies between their common leading and trailing lines. */
record LineDiff(int firstLine, List<String> removed, List<String> added) {

  static LineDiff of(String before, String after) {
    String[] a = before.split("\r?\n", -1);
    String[] b = after.split("\r?\n", -1);
    int prefix = 0;
    while (prefix < a.length && prefix < b.length && a[prefix].equals(b[prefix])) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < a.length - prefix && suffix < b.length - prefix
        && a[a.length - 1 - suffix].equals(b[b.length - 1 - suffix])) {
      suffix++;
    }
    return new LineDiff(prefix + 1, Arrays.asList(a).subList(prefix, a.length - suffix),
        Arrays.asList(b).subList(prefix, b.length - suffix));
  }
}
