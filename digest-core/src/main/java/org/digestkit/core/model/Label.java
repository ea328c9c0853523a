package org.digestkit.core.model;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The label of a {@link LabelledBlock}: its text as written (without bold markers and colon), the form it was
 * written in, its colon as written, and how it joins the text around it, which decides how CommonMark renders it.
 *
 * @param text the label text, e.g. {@code 深度解读 & 洞察}
 * @param form how the label is written
 * @param headingLevel the heading level for {@link LabelForm#HEADING} labels, 0 otherwise
 * @param lineBreak for a label on its own line ({@link LabelForm#LINE}, {@link LabelForm#LINE_COLON_OUTSIDE}),
 *     how its line leads to the paragraph below; {@link LabelBreak#SOFT} for the other forms, and whenever no
 *     paragraph follows (a list or a table below renders the same either way)
 * @param continuesParagraph whether the label's line continues the paragraph above it (no blank line between:
 *     {@code text\n**解读：** more} is one paragraph); never for a heading label
 * @param colon the colon as written, which CommonMark keeps in the rendered text: for a label with its colon inside
 *     the bold markers ({@link LabelForm#LINE}, {@link LabelForm#INLINE}) the spaces and tabs before it and the
 *     colon, full-width or ASCII ({@code ：}, {@code :}, {@code " ："}); for a label with its colon after them
 *     ({@link LabelForm#LINE_COLON_OUTSIDE}, {@link LabelForm#COLON_OUTSIDE}) the colon alone; empty for a
 *     heading label (see {@link #defaultColon(LabelForm)} for the canonical one)
 * @param separator the white space (spaces and tabs, as written) after a label that CommonMark keeps in the
 *     rendered text ({@code </strong>  text}), so it is part of the value: for {@link LabelForm#INLINE} and
 *     {@link LabelForm#COLON_OUTSIDE} labels the white space between the label and the text on its line; for a
 *     label on its own line ({@link LabelForm#LINE}, {@link LabelForm#LINE_COLON_OUTSIDE}) the white space at the
 *     end of its line before a line of the same paragraph: before the backslash of a {@link LabelBreak#HARD}
 *     break, else without the spaces at its very end (CommonMark drops them, or reads two as a hard break), so
 *     empty or ending with a tab; empty for a {@link LabelBreak#PARAGRAPH} break; empty for a heading label
 *     (see {@link #defaultSeparator(LabelForm)} for the canonical one)
 * @param source where the element was read from and how it was written there ({@link SourceInfo#NONE} when built)
 */
public record Label(
    String text, LabelForm form, int headingLevel, LabelBreak lineBreak, boolean continuesParagraph,
    String colon, String separator, SourceInfo source) {
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
   * @param colon the colon as written: spaces and tabs and {@code ：} or {@code :} inside the bold markers, the
   *     colon alone after them, nothing for a heading label
   * @param separator the white space after a label that renders, as written (spaces and tabs only): before the
   *     text on its line, or at the end of a label line (before its backslash for a hard break, else empty or
   *     ending with a tab; empty for a paragraph break);
   *     empty for a heading label
   * @param source where the element was read from and how it was written there ({@link SourceInfo#NONE} when built)
   */
  public Label {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(lineBreak, "lineBreak");
    Objects.requireNonNull(colon, "colon");
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
    if (!COLON.get(form).matcher(colon).matches()) {
      throw new IllegalArgumentException("not a colon of a " + form + " label: \"" + colon + "\"");
    }
    if (!separator.chars().allMatch(c -> c == ' ' || c == '\t')) {
      throw new IllegalArgumentException("a label's separator is spaces and tabs only");
    }
    if (!separator.isEmpty() && form == LabelForm.HEADING) {
      throw new IllegalArgumentException("a heading label has no separator");
    }
    if ((form == LabelForm.LINE || form == LabelForm.LINE_COLON_OUTSIDE) && !separator.isEmpty()
        && (lineBreak == LabelBreak.PARAGRAPH || lineBreak == LabelBreak.SOFT && !separator.endsWith("\t"))) {
      throw new IllegalArgumentException("white space at the end of a label line renders only before a line of its"
          + " paragraph: before a hard line break, or ending with a tab");
    }
  }

  /** What a label's colon may be, by form: the spellings the parser reads as one. */
  private static final Map<LabelForm, Pattern> COLON = Map.of(
      LabelForm.LINE, Pattern.compile("[ \t]*[：:]"),
      LabelForm.INLINE, Pattern.compile("[ \t]*[：:]"),
      LabelForm.LINE_COLON_OUTSIDE, Pattern.compile("[：:]"),
      LabelForm.COLON_OUTSIDE, Pattern.compile("[：:]"),
      LabelForm.HEADING, Pattern.compile(""));

  /**
   * A label with the canonical colon of its form ({@link #defaultColon(LabelForm)}).
   *
   * @param text the label text, e.g. {@code 深度解读 & 洞察}
   * @param form how the label is written
   * @param headingLevel the heading level for {@link LabelForm#HEADING} labels, 0 otherwise
   * @param lineBreak how a label on its own line leads to the paragraph below (see {@link #lineBreak()})
   * @param continuesParagraph whether the label's line continues the paragraph above it
   * @param separator the white space between an inline label and the text on its line (see {@link #separator()})
   * @param source where the element was read from and how it was written there ({@link SourceInfo#NONE} when built)
   */
  public Label(
      String text, LabelForm form, int headingLevel, LabelBreak lineBreak, boolean continuesParagraph,
      String separator, SourceInfo source) {
    this(text, form, headingLevel, lineBreak, continuesParagraph, defaultColon(form), separator, source);
  }

  /**
   * A label with the canonical colon and separator of its form ({@link #defaultColon(LabelForm)},
   * {@link #defaultSeparator(LabelForm)}).
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
    this(text, form, headingLevel, lineBreak, continuesParagraph, defaultColon(form), defaultSeparator(form),
        source);
  }

  /**
   * {@return the canonical colon of a form: the full-width {@code ：} right after the text, or after the bold
   * markers; none for a {@link LabelForm#HEADING} label}
   *
   * @param form the form
   */
  public static String defaultColon(LabelForm form) {
    return form == LabelForm.HEADING ? "" : "：";
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
    this(text, form, headingLevel, LabelBreak.SOFT, false, defaultColon(form), defaultSeparator(form), source);
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
    return new Label(text, form, headingLevel, newBreak, continuesParagraph, colon, separator, source);
  }

  /**
   * {@return a copy that continues the paragraph above it, or starts its own (see {@link #continuesParagraph()})}
   *
   * @param continues whether the copy continues the paragraph above it
   */
  public Label withContinuesParagraph(boolean continues) {
    return new Label(text, form, headingLevel, lineBreak, continues, colon, separator, source);
  }

  /**
   * {@return a copy with white space {@code newSeparator} between the label and the text on its line (see
   * {@link #separator()})}
   *
   * @param newSeparator the separator of the copy
   */
  public Label withSeparator(String newSeparator) {
    return new Label(text, form, headingLevel, lineBreak, continuesParagraph, colon, newSeparator, source);
  }

  /**
   * {@return a copy with colon {@code newColon} (see {@link #colon()})}
   *
   * @param newColon the colon of the copy
   */
  public Label withColon(String newColon) {
    return new Label(text, form, headingLevel, lineBreak, continuesParagraph, newColon, separator, source);
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
    return new Label(newText, form, headingLevel, lineBreak, continuesParagraph, colon, separator, source);
  }

  /**
   * {@return the label as written in canonical form for its {@link #form()}, with its {@link #colon()}; a label on
   * its own line ends with its {@link #separator()} and, for a {@link LabelBreak#HARD} line end, a backslash; the
   * separator of a label with text on its line is not part of it}
   */
  public String toMarkdown() {
    String hard = lineBreak == LabelBreak.HARD ? "\\" : "";
    return switch (form) {
      case LINE -> "**" + text + colon + "**" + separator + hard;
      case INLINE -> "**" + text + colon + "**";
      case LINE_COLON_OUTSIDE -> "**" + text + "**" + colon + separator + hard;
      case COLON_OUTSIDE -> "**" + text + "**" + colon;
      case HEADING -> "#".repeat(headingLevel) + " " + text;
    };
  }
}
