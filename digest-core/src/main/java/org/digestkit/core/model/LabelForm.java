package org.digestkit.core.model;

/** How a label is written. */
public enum LabelForm {
  /** {@code **深度解读 & 洞察：**} on a line of its own, its content below. */
  LINE,
  /** {@code **深度解读：** text} with the content on the same line. */
  INLINE,
  /**
   * {@code **深度解读**：text}, the colon outside the bold, the content on the same line. Only the insight and
   * impact vocabulary is read this way; other text in this shape is a paragraph with a bold lead
   * ({@code **背景**：…}, see {@code Paragraph.boldLead()}).
   */
  COLON_OUTSIDE,
  /** {@code **争议案例**：} on a line of its own, the colon outside the bold, its content below. */
  LINE_COLON_OUTSIDE,
  /** {@code ### 深度解读 & 洞察} as a heading of its own. */
  HEADING
}
