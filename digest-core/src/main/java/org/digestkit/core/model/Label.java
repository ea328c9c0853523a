package org.digestkit.core.model;

import java.util.Objects;

/**
 * The label of a {@link LabelledBlock}: its text as written (without bold markers and colon), the form it was
 * written in, and how it joins the text around it, which decides how CommonMark renders it.
 *
 * @param text the label text, e.g. {@code 深度解读 & 洞察}
 * @param form how the label is written
 * @param headingLevel the heading level for {@link LabelForm#HEADING} labels, 0 otherwise
 * @param lineBreak for a label on its own line ({@link LabelForm#LINE}, {@link LabelForm#LINE_COLON_OUTSIDE}),
 *     how its line leads to the paragraph below; {@link LabelBreak#SOFT} for the other forms, and whenever no
 *     paragraph follows (a list or a table below renders the same either way)
 * @param continuesParagraph whether the label's line continues the paragraph above it (no blank line between:
 *     {@code text\n**解读：** more} is one paragraph); never for a heading label
 * @param separator the white space (spaces and tabs, as written) between a label and the text on its line, for
 *     {@link LabelForm#INLINE} and {@link LabelForm#COLON_OUTSIDE} labels; CommonMark keeps it in the rendered
 *     text ({@code </strong>  text}), so it is part of the value; empty for the other forms (see
 *     {@link #defaultSeparator(LabelForm)} for the canonical one)
 * @param source where the element was read from and how it was written there ({@link SourceInfo#NONE} when built)
 */
public record Label(
    String text, LabelForm form, int headingLevel, LabelBreak lineBreak, boolean continuesParagraph,
    String separator, SourceInfo source) {
  /**
   * Checks the components.
   *
   * @param text the label text, e.g. {@code 深度解读 & 洞察}
   * @param form how the label is written
   * @param headingLevel the heading level for {@link LabelForm#HEADING} labels, 0 otherwise
   * @param lineBreak for a label on its own line ({@link LabelForm#LINE}, {@link LabelForm#LINE_COLON_OUTSIDE}), how
   *     its line leads to the paragraph below; {@link LabelBreak#SOFT} for the other forms, and whenever no
   *     paragraph follows (a list or a table below renders the same either way)
   * @param continuesParagraph whether the label's line continues the paragraph above it (no blank line between:
   *     {@code text\n**解读：** more} is one paragraph); never for a heading label
   * @param separator the white space between an inline label and the text on its line, as written (spaces and
   *     tabs only; empty for the forms whose text is not on the label's line)
   * @param source where the element was read from and how it was written there ({@link SourceInfo#NONE} when built)
   */
  public Label {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(lineBreak, "lineBreak");
    Objects.requireNonNull(separator, "separator");
    Objects.requireNonNull(source, "source");
    if (form == LabelForm.HEADING && (headingLevel < 1 || headingLevel > 6)) {
      throw new IllegalArgumentException("a heading label needs a level 1..6");
    }
    if (lineBreak != LabelBreak.SOFT && form != LabelForm.LINE && form != LabelForm.LINE_COLON_OUTSIDE) {
      throw new IllegalArgumentException("only a label on its own line ends with a line break: " + form);
    }
    if (continuesParagraph && form == LabelForm.HEADING) {
      throw new IllegalArgumentException("a heading label cannot continue a paragraph");
    }
    if (!separator.chars().allMatch(c -> c == ' ' || c == '\t')) {
      throw new IllegalArgumentException("a label's separator is spaces and tabs only");
    }
    if (!separator.isEmpty() && form != LabelForm.INLINE && form != LabelForm.COLON_OUTSIDE) {
      throw new IllegalArgumentException("only a label with text on its line has a separator: " + form);
    }
  }

  /**
   * A label with the canonical separator of its form ({@link #defaultSeparator(LabelForm)}).
   *
   * @param text the label text, e.g. {@code 深度解读 & 洞察}
   * @param form how the label is written
   * @param headingLevel the heading level for {@link LabelForm#HEADING} labels, 0 otherwise
   * @param lineBreak how a label on its own line leads to the paragraph below (see {@link #lineBreak()})
   * @param continuesParagraph whether the label's line continues the paragraph above it
   * @param source where the element was read from and how it was written there ({@link SourceInfo#NONE} when built)
   */
  public Label(
      String text, LabelForm form, int headingLevel, LabelBreak lineBreak, boolean continuesParagraph,
      SourceInfo source) {
    this(text, form, headingLevel, lineBreak, continuesParagraph, defaultSeparator(form), source);
  }

  /**
   * {@return the canonical separator of a form: one space after an {@link LabelForm#INLINE} label
   * ({@code **影响：** text}), none after a {@link LabelForm#COLON_OUTSIDE} one ({@code **深度解读**：text}) and
   * the other forms}
   *
   * @param form the form
   */
  public static String defaultSeparator(LabelForm form) {
    return form == LabelForm.INLINE ? " " : "";
  }

  /**
   * A label with a {@link LabelBreak#SOFT} line end that starts its paragraph.
   *
   * @param text the text
   * @param form how the label is written
   * @param headingLevel the heading level for {@link LabelForm#HEADING} labels, 0 otherwise
   * @param source where the element was read from and how it was written there ({@link SourceInfo#NONE} when built)
   */
  public Label(String text, LabelForm form, int headingLevel, SourceInfo source) {
    this(text, form, headingLevel, LabelBreak.SOFT, false, defaultSeparator(form), source);
  }

  /**
   * {@return a new label written on its own line: {@code **text：**}, the text below it in the same paragraph}
   *
   * @param text the text
   */
  public static Label of(String text) {
    return new Label(text, LabelForm.LINE, 0, SourceInfo.NONE);
  }

  /**
   * {@return a copy whose line ends with {@code newBreak} (see {@link #lineBreak()})}
   *
   * @param newBreak the break of the copy
   */
  public Label withLineBreak(LabelBreak newBreak) {
    return new Label(text, form, headingLevel, newBreak, continuesParagraph, separator, source);
  }

  /**
   * {@return a copy that continues the paragraph above it, or starts its own (see {@link #continuesParagraph()})}
   *
   * @param continues whether the copy continues the paragraph above it
   */
  public Label withContinuesParagraph(boolean continues) {
    return new Label(text, form, headingLevel, lineBreak, continues, separator, source);
  }

  /**
   * {@return a copy with white space {@code newSeparator} between the label and the text on its line (see
   * {@link #separator()})}
   *
   * @param newSeparator the separator of the copy
   */
  public Label withSeparator(String newSeparator) {
    return new Label(text, form, headingLevel, lineBreak, continuesParagraph, newSeparator, source);
  }

  /** {@return the canonical kind of the label by the general vocabulary} */
  public LabelKind kind() {
    return LabelKind.of(text);
  }

  /**
   * {@return a copy with other text (a corrected spelling, for instance)}
   *
   * @param newText the text of the copy
   */
  public Label withText(String newText) {
    return new Label(newText, form, headingLevel, lineBreak, continuesParagraph, separator, source);
  }

  /**
   * {@return the label as written in canonical form for its {@link #form()}; a {@link LabelBreak#HARD} line end is a
   * trailing backslash; the {@link #separator()} is not part of it}
   */
  public String toMarkdown() {
    String hard = lineBreak == LabelBreak.HARD ? "\\" : "";
    return switch (form) {
      case LINE -> "**" + text + "：**" + hard;
      case INLINE -> "**" + text + "：**";
      case LINE_COLON_OUTSIDE -> "**" + text + "**：" + hard;
      case COLON_OUTSIDE -> "**" + text + "**：";
      case HEADING -> "#".repeat(headingLevel) + " " + text;
    };
  }
}
