package org.digestkit.core.model;

/**
 * How the line of a label written on its own line ({@link LabelForm#LINE}, {@link LabelForm#LINE_COLON_OUTSIDE})
 * leads to what follows it. CommonMark renders the three differently when a paragraph follows: the label and the
 * text in one paragraph, in one paragraph with a line break between them, or in two paragraphs.
 */
public enum LabelBreak {
  /** The next line continues the label's paragraph (a soft line break: {@code <p><strong>影响：</strong>\ntext</p>}). */
  SOFT,
  /**
   * The label's line ends with a hard line break ({@code <br />}) and the next line continues its paragraph. Read
   * from two or more trailing spaces or a trailing backslash; written canonically as a backslash.
   */
  HARD,
  /** The label is a paragraph of its own: a blank line separates it from the paragraph below. */
  PARAGRAPH
}
