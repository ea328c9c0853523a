package org.digestkit.core.model;

/** The canonical meaning of a label, whatever its spelling. */
public enum LabelKind {
  /** {@code 深度解读 & 洞察}, its short form {@code 深度解读}, and corrupted spellings of them. */
  INSIGHT,
  /** {@code 影响}. */
  IMPACT,
  /** A label that introduces one-line "more" entries ({@code 其他模型与产品动态}). */
  MORE,
  /** Any other label ({@code 核心能力}, {@code 关键数据}, …). */
  OTHER;

  /**
   * {@return the kind of a label text, by the general digest vocabulary}
   *
   * @param text the text
   */
  public static LabelKind of(String text) {
    String t = text.strip();
    if (t.startsWith("深度解读") || t.equals("洞察") || t.equals("解读")) {
      return INSIGHT;
    }
    if (t.equals("影响")) {
      return IMPACT;
    }
    if (SectionRole.isMoreTitle(t)) {
      return MORE;
    }
    return OTHER;
  }
}
