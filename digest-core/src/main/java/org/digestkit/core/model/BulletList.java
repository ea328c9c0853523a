package org.digestkit.core.model;

import java.util.ArrayList;
import java.util.List;

/** A list of fact bullets (nested bullets kept in each {@link Bullet}). */
public record BulletList(List<Bullet> bullets) implements Block {
  public BulletList {
    bullets = List.copyOf(bullets);
  }

  /** A list of new {@code -} bullets with the given texts. */
  public static BulletList of(String... texts) {
    List<Bullet> out = new ArrayList<>();
    for (String t : texts) {
      out.add(Bullet.of(t));
    }
    return new BulletList(out);
  }

  /** A copy with other bullets. */
  public BulletList withBullets(List<Bullet> newBullets) {
    return new BulletList(newBullets);
  }
}
