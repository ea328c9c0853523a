package org.digestkit.core.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A list of fact bullets (nested bullets kept in each {@link Bullet}).
 *
 * @param bullets the items
 * @param loose whether the list is loose: a blank line between two items (or between an item's text and its
 *     nested items), which CommonMark renders with each item's text in a paragraph ({@code <li><p>…</p></li>})
 */
public record BulletList(List<Bullet> bullets, boolean loose) implements Block {
  /**
   * Copies the lists, so that the value is immutable.
   *
   *
   * @param bullets the items
   * @param loose whether the list is loose: a blank line between two items (or between an item's text and its nested
   *     items), which CommonMark renders with each item's text in a paragraph ({@code <li><p>…</p></li>})
   */
  public BulletList {
    bullets = List.copyOf(bullets);
  }

  /**
   * A tight list.
   *
   * @param bullets the bullets
   */
  public BulletList(List<Bullet> bullets) {
    this(bullets, false);
  }

  /**
   * {@return a list of new {@code -} bullets with the given texts}
   *
   * @param texts the bullets' texts (inline Markdown)
   */
  public static BulletList of(String... texts) {
    List<Bullet> out = new ArrayList<>();
    for (String t : texts) {
      out.add(Bullet.of(t));
    }
    return new BulletList(out);
  }

  /**
   * {@return a copy with other bullets}
   *
   * @param newBullets the bullets of the copy
   */
  public BulletList withBullets(List<Bullet> newBullets) {
    return new BulletList(newBullets, loose);
  }

  /**
   * {@return a copy that is loose or tight (see {@link #loose()})}
   *
   * @param newLoose the loose of the copy
   */
  public BulletList withLoose(boolean newLoose) {
    return new BulletList(bullets, newLoose);
  }
}
