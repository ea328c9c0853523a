package org.digestkit.core.model;

/** What a section is for. */
public enum SectionRole {
  /** A topic section whose news items are headings below it. */
  TOPIC,
  /** A section that is itself one news story (the "H2-as-item" layout). */
  STORY,
  /** A "more" section ({@code 更多动态}, {@code 其他动态}) of one-line entries. */
  MORE,
  /** A topic section that holds only a list of one-line entries. */
  LIST;

  /**
   * {@return whether a heading or label title names a "more" section by the general vocabulary: it starts with
   * {@code 更多} or {@code 其他} (after any numbering)}
   *
   * @param title the title
   */
  public static boolean isMoreTitle(String title) {
    String t = title.strip();
    return t.startsWith("更多") || t.startsWith("其他") || t.startsWith("其它");
  }
}
