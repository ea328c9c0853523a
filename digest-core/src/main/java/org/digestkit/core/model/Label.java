package org.digestkit.core.model;

import java.util.Objects;

/**
 * The label of a {@link LabelledBlock}: its text as written (without bold markers and colon), and the form it
 * was written in.
 *
 * @param text the label text, e.g. {@code 深度解读 & 洞察}
 * @param form how the label is written
 * @param headingLevel the heading level for {@link LabelForm#HEADING} labels, 0 otherwise
 */
public record Label(String text, LabelForm form, int headingLevel, SourceInfo source) {
  public Label {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(source, "source");
    if (form == LabelForm.HEADING && (headingLevel < 1 || headingLevel > 6)) {
      throw new IllegalArgumentException("a heading label needs a level 1..6");
    }
  }

  /** A new label written on its own line: {@code **text：**}. */
  public static Label of(String text) {
    return new Label(text, LabelForm.LINE, 0, SourceInfo.NONE);
  }

  /** The canonical kind of the label by the general vocabulary. */
  public LabelKind kind() {
    return LabelKind.of(text);
  }

  /** A copy with other text (a corrected spelling, for instance). */
  public Label withText(String newText) {
    return new Label(newText, form, headingLevel, source);
  }

  /** The label as written in canonical form for its {@link #form()}. */
  public String toMarkdown() {
    return switch (form) {
      case LINE, INLINE -> "**" + text + "：**";
      case COLON_OUTSIDE, LINE_COLON_OUTSIDE -> "**" + text + "**：";
      case HEADING -> "#".repeat(headingLevel) + " " + text;
    };
  }
}
