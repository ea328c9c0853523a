package org.digestkit.core.model;

import java.util.List;
import java.util.Objects;
import org.digestkit.core.markdown.MarkdownInline;

/**
 * One list item: its marker ({@code -}, {@code 1.}), its text and its nested items. Continuation lines are
 * joined by {@code \n} and indented relative to the item's content column (where its text starts), so a
 * bullet means the same wherever its list is written: a line indented 2 in the text is 2 past the content
 * column in the file. A line break inside the text is held as written: a line ending in a backslash or in two
 * spaces is a hard line break.
 *
 * @param childrenLoose whether the list of nested items is loose (see {@link BulletList#loose()})
 * @param marker the list marker ({@code -}, {@code *}, {@code 1.})
 * @param text the text (inline Markdown), continuation lines joined by {@code \n}
 * @param children the nested items
 * @param source where the element was read from and how it was written there ({@link SourceInfo#NONE} when built)
 */
public record Bullet(String marker, String text, List<Bullet> children, boolean childrenLoose, SourceInfo source) {
  /**
   * Checks the components and copies the lists.
   *
   *
   * @param childrenLoose whether the list of nested items is loose (see {@link BulletList#loose()})
   * @param marker the list marker ({@code -}, {@code *}, {@code 1.})
   * @param text the text (inline Markdown), continuation lines joined by {@code \n}
   * @param children the nested items
   * @param source where the element was read from and how it was written there ({@link SourceInfo#NONE} when built)
   */
  public Bullet {
    Objects.requireNonNull(marker, "marker");
    Objects.requireNonNull(text, "text");
    children = List.copyOf(children);
    Objects.requireNonNull(source, "source");
  }

  /**
   * An item whose nested items (if any) form a tight list.
   *
   * @param marker the list marker
   * @param text the text
   * @param children the nested bullets
   * @param source where the element was read from and how it was written there ({@link SourceInfo#NONE} when built)
   */
  public Bullet(String marker, String text, List<Bullet> children, SourceInfo source) {
    this(marker, text, children, false, source);
  }

  /**
   * {@return a new {@code -} bullet}
   *
   * @param text the text
   */
  public static Bullet of(String text) {
    return new Bullet("-", text, List.of(), SourceInfo.NONE);
  }

  /**
   * {@return a new {@code -} bullet with nested bullets}
   *
   * @param text the text
   * @param children the nested bullets
   */
  public static Bullet of(String text, List<Bullet> children) {
    return new Bullet("-", text, children, SourceInfo.NONE);
  }

  /**
   * {@return a copy with other text, held so that it reads back as written (a line that would open a block is escaped,
   * continuation lines are indented under the marker)}
   *
   * @param newText the text of the copy
   * @throws IllegalArgumentException when the text has a blank line
   */
  public Bullet withText(String newText) {
    return new Bullet(marker, MarkdownInline.itemText(newText, marker), children, childrenLoose, source);
  }

  /**
   * {@return a copy with other nested bullets}
   *
   * @param newChildren the children of the copy
   */
  public Bullet withChildren(List<Bullet> newChildren) {
    return new Bullet(marker, text, newChildren, childrenLoose, source);
  }

  /**
   * {@return a copy whose nested items form a loose or tight list}
   *
   * @param loose whether blank lines separate the entries
   */
  public Bullet withChildrenLoose(boolean loose) {
    return new Bullet(marker, text, children, loose, source);
  }

  /** {@return whether the marker is a number ({@code 1.})} */
  public boolean isOrdered() {
    return !marker.isEmpty() && Character.isDigit(marker.charAt(0));
  }

  /** {@return the text as a reader sees it} */
  public String plainText() {
    return MarkdownInline.plainText(text);
  }
}
