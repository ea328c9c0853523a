package org.digestkit.core.model;

/** The alignment of a table column, from its delimiter cell: {@code ---}, {@code :---}, {@code :---:}, {@code ---:}. */
public enum ColumnAlignment {
  /** {@code ---}: no {@code align} attribute. */
  NONE,
  /** {@code :---}. */
  LEFT,
  /** {@code :---:}. */
  CENTER,
  /** {@code ---:}. */
  RIGHT;

  /**
   * {@return the alignment a delimiter cell ({@code :---:}, trimmed) gives its column}
   *
   * @param delimiterCell one cell of the delimiter row, such as {@code :---:}
   */
  public static ColumnAlignment of(String delimiterCell) {
    boolean left = delimiterCell.startsWith(":");
    boolean right = delimiterCell.length() > 1 && delimiterCell.endsWith(":");
    return left && right ? CENTER : left ? LEFT : right ? RIGHT : NONE;
  }

  /** {@return the canonical delimiter cell for this alignment} */
  public String delimiter() {
    return switch (this) {
      case NONE -> "---";
      case LEFT -> ":---";
      case CENTER -> ":---:";
      case RIGHT -> "---:";
    };
  }
}
