package org.digestkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.digestkit.core.generate.DigestGenerator;
import org.digestkit.core.model.Bullet;
import org.digestkit.core.model.BulletList;
import org.digestkit.core.model.Item;
import org.digestkit.core.model.MoreEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** An edit made with the model's {@code with…} methods reads back as made, whatever text it was given. */
class EditReadBackTest {

  private static final String TEXT = "ab键 *_`[]()<>#-+1.!|:\\\n\t&;\"'~=：%";
  private static final String URL_TEXT = "ab键 _[]()<>#-+1.!|:\\\n\t&;\"'~=：%"; // see CHANGELOG: `*` in bold entries

  static LongStream seeds() {
    return LongStream.range(0, 60);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void randomEditsReadBackAsMade(long seed) {
    Digest parsed = Digest.parse(new DigestGenerator(seed).next().toMarkdown());
    SplittableRandom random = new SplittableRandom(seed);
    for (int round = 0; round < 40; round++) {
      List<Item> items = parsed.items();
      List<MoreEntry> entries = parsed.moreEntries();
      Digest edited;
      int kind = random.nextInt(4);
      if (kind >= 2 && items.isEmpty()) {
        continue;
      }
      switch (kind) {
        case 0 -> {
          if (entries.isEmpty()) {
            continue;
          }
          MoreEntry e = entries.get(random.nextInt(entries.size()));
          edited = parsed.replaceEntry(e, e.withDescription(text(random, TEXT)));
        }
        case 1 -> {
          if (entries.isEmpty()) {
            continue;
          }
          MoreEntry e = entries.get(random.nextInt(entries.size()));
          edited = parsed.replaceEntry(e, e.withUrl("https://e.org/" + text(random, URL_TEXT)));
        }
        case 2 -> {
          Item item = items.get(random.nextInt(items.size()));
          edited = parsed.replaceItem(item, item.withUrl("https://e.org/" + text(random, URL_TEXT)));
        }
        default -> {
          Item item = items.get(random.nextInt(items.size()));
          int at = firstList(item);
          if (at < 0) {
            continue;
          }
          BulletList list = (BulletList) item.body().get(at);
          Bullet first = list.bullets().get(0);
          Bullet changed;
          try {
            changed = first.withText(text(random, TEXT));
          } catch (IllegalArgumentException blankLine) {
            continue;
          }
          List<Bullet> bullets = new java.util.ArrayList<>(list.bullets());
          bullets.set(0, changed);
          List<org.digestkit.core.model.Block> body = new java.util.ArrayList<>(item.body());
          body.set(at, list.withBullets(bullets));
          edited = parsed.replaceItem(item, item.withBody(body));
        }
      }
      assertThat(Digest.parse(edited.toMarkdown())).as("seed %d round %d:%n%s", seed, round, edited.toMarkdown())
          .isEqualTo(edited);
      assertThat(edited.readBackDifference()).as("seed %d round %d:%n%s", seed, round, edited.toMarkdown())
          .isEmpty();
    }
  }

  private static int firstList(Item item) {
    for (int i = 0; i < item.body().size(); i++) {
      if (item.body().get(i) instanceof BulletList) {
        return i;
      }
    }
    return -1;
  }

  private static String text(SplittableRandom random, String alphabet) {
    StringBuilder b = new StringBuilder();
    int length = 1 + random.nextInt(8);
    for (int j = 0; j < length; j++) {
      b.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  @Test
  void editedTextIsHeldAsItReadsBack() {
    MoreEntry entry = MoreEntry.of("标题", "https://e.org/a", "描述");
    assertThat(entry.withDescription("第一行\n  第二行").description()).isEqualTo("第一行 第二行");
    assertThat(entry.withUrl("https://e.org/a b").url()).isEqualTo(MoreEntry.of("标题", "https://e.org/a b", "").url());
    assertThat(Bullet.of("x").withText("1. 第一点").text()).isEqualTo("1\\. 第一点");
    assertThat(Bullet.of("x").withText("  普通文字 ").text()).isEqualTo("普通文字");
  }
}
