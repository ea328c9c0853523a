package org.digestkit.core.internal;

import java.util.ArrayList;
import java.util.List;

/** Splits GFM pipe-table rows into cells. */
final class Tables {
  private Tables() {}

  /** The trimmed cells of one table row; escaped pipes ({@code \|}) stay in their cell, unescaped. */
  static List<String> cells(String row) {
    String r = row.strip();
    int start = r.startsWith("|") ? 1 : 0;
    int end = r.length();
    if (end > start && r.endsWith("|") && !r.endsWith("\\|")) {
      end--;
    }
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    for (int i = start; i < end; i++) {
      char c = r.charAt(i);
      if (c == '\\' && i + 1 < end && r.charAt(i + 1) == '|') {
        cell.append('|');
        i++;
      } else if (c == '|') {
        cells.add(cell.toString().strip());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString().strip());
    return cells;
  }
}
