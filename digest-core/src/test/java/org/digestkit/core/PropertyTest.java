package org.digestkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.digestkit.core.generate.DigestGenerator;
import org.digestkit.core.model.Block;
import org.digestkit.core.model.Bullet;
import org.digestkit.core.model.BulletList;
import org.digestkit.core.model.Item;
import org.digestkit.core.model.MoreEntry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Round-trip and edit-locality laws over generated posts (seeded, so a failure names its seed and replays).
 */
class PropertyTest {

  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void writeThenParseGivesAnEqualModel(long seed) {
    Digest built = new DigestGenerator(seed).next();
    String markdown = built.toMarkdown();
    Digest parsed = Digest.parse(markdown);
    assertThat(parsed).as(markdown).isEqualTo(built);
    assertThat(parsed.toMarkdown()).isEqualTo(markdown);
    assertThat(parsed.toCanonicalMarkdown()).isEqualTo(markdown);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void randomEditsChangeOnlyTheEditedLines(long seed) {
    Digest parsed = Digest.parse(new DigestGenerator(seed).next().toMarkdown());
    String original = parsed.toMarkdown();
    SplittableRandom random = new SplittableRandom(seed);
    for (int round = 0; round < 5; round++) {
      int kind = random.nextInt(4);
      List<Item> items = parsed.items();
      List<MoreEntry> entries = parsed.moreEntries();
      if (kind == 0 && !items.isEmpty()) {
        Item item = items.get(random.nextInt(items.size()));
        Digest edited = parsed.replaceItem(item, item.withUrl("https://edit.example.org/" + round));
        assertSingleLineChange(original, edited, item.heading().source().line());
      } else if (kind == 1 && !entries.isEmpty()) {
        MoreEntry entry = entries.get(random.nextInt(entries.size()));
        Digest edited = parsed.replaceEntry(entry, entry.withDescription("改写的描述 " + round));
        assertSingleLineChange(original, edited, entry.source().line());
      } else if (kind == 2 && !entries.isEmpty()) {
        MoreEntry entry = entries.get(random.nextInt(entries.size()));
        Digest edited = parsed.removeEntry(entry);
        LineDiff diff = LineDiff.of(original, edited.toMarkdown());
        assertThat(diff.added()).isEmpty();
        assertThat(diff.removed()).contains(entry.source().raw());
        assertThat(diff.removed().size()).isLessThanOrEqualTo(3);
      } else if (!items.isEmpty()) {
        Item item = items.get(random.nextInt(items.size()));
        for (int b = 0; b < item.body().size(); b++) {
          if (item.body().get(b) instanceof BulletList list) {
            Bullet first = list.bullets().get(0);
            List<Bullet> bullets = new ArrayList<>(list.bullets());
            bullets.set(0, first.withText("改写的要点 " + round));
            List<Block> body = new ArrayList<>(item.body());
            body.set(b, list.withBullets(bullets));
            Digest edited = parsed.replaceItem(item, item.withBody(body));
            assertLinesChange(original, edited, first.source().line(), first.source().raw().split("\n", -1).length);
            break;
          }
        }
      }
    }
  }

  private static void assertSingleLineChange(String original, Digest edited, int line) {
    assertLinesChange(original, edited, line, 1);
  }

  /** The edit replaced the {@code lines} lines of one element, starting at {@code line}, by one line. */
  private static void assertLinesChange(String original, Digest edited, int line, int lines) {
    String written = edited.toMarkdown();
    LineDiff diff = LineDiff.of(original, written);
    assertThat(diff.removed()).as("removed").hasSize(lines);
    assertThat(diff.added()).as("added").hasSize(1);
    assertThat(diff.firstLine()).isEqualTo(line);
    assertThat(Digest.parse(written)).isEqualTo(edited);
  }
}
