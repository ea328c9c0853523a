package org.digestkit.core.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where a model element came from in its source file and how it was written there.
 *
 * <p>A parsed element carries the exact text it was read from ({@link #raw()}), the text that separated it
 * from the element before it ({@link #leading()}: line breaks, blank lines, or a space on the same line), its
 * 1-based line and column in the file, and the element's value as parsed. The writer emits the raw text of an
 * element whose value still equals the parsed one and re-renders only elements that were edited; that is what
 * makes writing lossless and edits local.
 *
 * <p>Source information never takes part in equality: all instances are equal to each other and share one hash
 * code, so two model values compare equal whenever their content does, wherever they came from. Elements built
 * through the API carry {@link #NONE}.
 */
public final class SourceInfo {

  /** Source information of an element that was not parsed (built or edited through the API). */
  public static final SourceInfo NONE = new SourceInfo("", 0, 0, 0, 0, 0, null);

  /** The text the element was read from, shared by all elements of a post (no copies are made). */
  private final String source;
  private final int leadingStart;
  private final int start;
  private final int end;
  private final int line;
  private final int column;
  private final @Nullable Object parsedValue;

  private SourceInfo(String source, int leadingStart, int start, int end, int line, int column,
      @Nullable Object parsedValue) {
    this.source = source;
    this.leadingStart = leadingStart;
    this.start = start;
    this.end = end;
    this.line = line;
    this.column = column;
    this.parsedValue = parsedValue;
  }

  /**
   * Source information for a parsed element.
   *
   * @param leading the text between the end of the previous element and this one
   * @param raw the element's own text, without its final line break
   * @param line the 1-based line of the element's first character in the file
   * @param column the 1-based column (in UTF-16 code units) of that character
   * @param parsedValue the element's value as parsed, used to tell later whether it was edited
   * @return the source information
   */
  public static SourceInfo parsed(String leading, String raw, int line, int column, Object parsedValue) {
    String source = Objects.requireNonNull(leading, "leading") + Objects.requireNonNull(raw, "raw");
    return new SourceInfo(source, 0, leading.length(), source.length(), line, column,
        Objects.requireNonNull(parsedValue, "parsedValue"));
  }

  /**
   * Source information for a parsed element standing at {@code [start, end)} of {@code source}, separated from
   * the previous element by {@code [leadingStart, start)}. The text is not copied.
   *
   * @param source the text the element was read from, shared by the post's elements
   * @param leadingStart where the text before the element starts in {@code source}
   * @param start the start offset
   * @param end the end offset (exclusive)
   * @param line the 1-based line
   * @param column the 1-based column (UTF-16 code units)
   * @param parsedValue the element's value as parsed, used to tell later whether it was edited
   * @return the source information
   */
  public static SourceInfo parsed(String source, int leadingStart, int start, int end, int line, int column,
      Object parsedValue) {
    if (leadingStart < 0 || leadingStart > start || start > end || end > source.length()) {
      throw new IllegalArgumentException("bad source range " + leadingStart + ".." + start + ".." + end);
    }
    return new SourceInfo(source, leadingStart, start, end, line, column,
        Objects.requireNonNull(parsedValue, "parsedValue"));
  }

  /** {@return whether this element was read from a source (false for {@link #NONE})} */
  public boolean isParsed() {
    return parsedValue != null;
  }

  /** {@return the text between the previous element and this one, or empty when not parsed} */
  public String leading() {
    return source.substring(leadingStart, start);
  }

  /** {@return the element's own source text, without its final line break; empty when not parsed} */
  public String raw() {
    return source.substring(start, end);
  }

  /**
   * {@return whether this element's leading text starts where {@code previous} ends, in the same source text: then the
   * two can be copied as one range}
   *
   * @param previous the element before this one
   */
  public boolean follows(SourceInfo previous) {
    return source == previous.source && leadingStart == previous.end && isParsed() && previous.isParsed();
  }

  /**
   * Appends the source text from this element's leading text to the end of {@code last}: this element itself
   * or one after it in the same source text (see {@link #follows}).
   *
   * @param last this element or a later one of the same source text
   * @param out where the output goes
   */
  public void appendLeadingThrough(SourceInfo last, StringBuilder out) {
    if (last.source != source || last.end < leadingStart) {
      throw new IllegalArgumentException("not a later element of the same source text");
    }
    out.append(source.substring(leadingStart, last.end));
  }

  /**
   * Appends the leading text to {@code out}.
   *
   * @param out where the output goes
   */
  public void appendLeading(StringBuilder out) {
    out.append(source.substring(leadingStart, start));
  }

  /** {@return the length of the raw text} */
  public int rawLength() {
    return end - start;
  }

  /** {@return the 1-based line in the file, or 0 when not parsed} */
  public int line() {
    return line;
  }

  /** {@return the 1-based column in the file (UTF-16 code units), or 0 when not parsed} */
  public int column() {
    return column;
  }

  /** {@return the element's value as parsed, or {@code null} when not parsed} */
  public @Nullable Object parsedValue() {
    return parsedValue;
  }

  /** Always true for another {@code SourceInfo}: source information is not part of a value's identity. */
  @Override
  public boolean equals(Object other) {
    return other instanceof SourceInfo;
  }

  @Override
  public int hashCode() {
    return 0;
  }

  /**
   * {@return where the element was read, as {@code SourceInfo[line=82, column=1]}, or {@code SourceInfo[none]}
   * for an element built through the API} The source text is left out: it is the whole post.
   */
  @Override
  public String toString() {
    return isParsed() ? "SourceInfo[line=" + line + ", column=" + column + "]" : "SourceInfo[none]";
  }
}
