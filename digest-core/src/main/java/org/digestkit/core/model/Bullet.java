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
 */
public record Bullet(String marker, String text, List<Bullet> children, boolean childrenLoose, SourceInfo source) {
  public Bullet {
    Objects.requireNonNull(marker, "marker");
    Objects.requireNonNull(text, "text");
    children = List.copyOf(children);
    Objects.requireNonNull(source, "source");
  }

  /** An item whose nested items (if any) form a tight list. */
  public Bullet(String marker, String text, List<Bullet> children, SourceInfo source) {
    this(marker, text, children, false, source);
  }

  /** A new {@code -} bullet. */
  public static Bullet of(String text) {
    return new Bullet("-", text, List.of(), SourceInfo.NONE);
  }

  /** A new {@code -} bullet with nested bullets. */
  public static Bullet of(String text, List<Bullet> children) {
    return new Bullet("-", text, children, SourceInfo.NONE);
  }

  /**
   * A copy with other text, held so that it reads back as written (a line that would open a block is escaped,
   * continuation lines are indented under the marker).
   *
   * @throws IllegalArgumentException when the text has a blank line
   */
  public Bullet withText(String newText) {
    return new Bullet(marker, MarkdownInline.itemText(newText, marker), children, childrenLoose, source);
  }

  /** A copy with other nested bullets. */
  public Bullet withChildren(List<Bullet> newChildren) {
    return new Bullet(marker, text, newChildren, childrenLoose, source);
  }

  /** A copy whose nested items form a loose or tight list. */
  public Bullet withChildrenLoose(boolean loose) {
    return new Bullet(marker, text, children, loose, source);
  }

  /** Whether the marker is a number ({@code 1.}). */
  public boolean isOrdered() {
    return !marker.isEmpty() && Character.isDigit(marker.charAt(0));
  }

  /** The text as a reader sees it. */
  public String plainText() {
    return MarkdownInline.plainText(text);
  }
}
