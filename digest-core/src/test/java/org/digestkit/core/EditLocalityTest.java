package org.digestkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.digestkit.core.model.Item;
import org.digestkit.core.model.Label;
import org.digestkit.core.model.LabelledBlock;
import org.digestkit.core.model.MoreEntry;
import org.digestkit.core.model.Section;
import org.digestkit.core.model.SectionElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** An edit made through the API changes only the lines of the edited element. */
class EditLocalityTest {

  static List<Path> posts() {
    return Posts.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("posts")
  void changingAnItemUrlChangesExactlyItsLine(Path post) throws IOException {
    Digest digest = Digest.parse(post);
    String original = digest.toMarkdown();
    List<Item> items = digest.items();
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      String url = "https://edited.example.org/item/" + i;
      Digest edited = digest.replaceItem(item, item.withUrl(url));
      LineDiff diff = LineDiff.of(original, edited.toMarkdown());
      assertThat(diff.removed()).as("item %d (%s) removed lines", i, item.headline()).hasSize(1);
      assertThat(diff.added()).as("item %d added lines", i).hasSize(1);
      assertThat(diff.added().get(0)).contains("(" + url + ")");
      assertThat(diff.firstLine()).isIn(item.heading().source().line(), item.heading().source().line() + 1,
          item.heading().source().line() + 2);
      assertThat(Digest.parse(edited.toMarkdown()).items().get(i).url()).contains(url);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("posts")
  void changingAnEntryUrlChangesExactlyItsLine(Path post) throws IOException {
    Digest digest = Digest.parse(post);
    String original = digest.toMarkdown();
    List<MoreEntry> entries = digest.moreEntries();
    for (int i = 0; i < entries.size(); i++) {
      MoreEntry entry = entries.get(i);
      Digest edited = digest.replaceEntry(entry, entry.withUrl("https://edited.example.org/e/" + i));
      LineDiff diff = LineDiff.of(original, edited.toMarkdown());
      assertThat(diff.removed()).as("entry %d", i).hasSize(1);
      assertThat(diff.added()).hasSize(1);
      assertThat(diff.firstLine()).isEqualTo(entry.source().line());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("posts")
  void removingAnItemRemovesOnlyItsLines(Path post) throws IOException {
    Digest digest = Digest.parse(post);
    String original = digest.toMarkdown();
    for (Item item : digest.items()) {
      String edited = digest.removeItem(item).toMarkdown();
      LineDiff diff = LineDiff.of(original, edited);
      assertThat(diff.added()).as("removing %s adds nothing", item.headline()).isEmpty();
      assertThat(String.join("\n", diff.removed())).contains(item.heading().source().raw());
      String heading = item.heading().source().raw();
      assertThat(occurrences(edited, heading)).isEqualTo(occurrences(original, heading) - 1);
    }
  }

  @Test
  void correctingALabelChangesOnlyItsLine() throws IOException {
    Digest digest = Digest.parse(Posts.fixtures().stream()
        .filter(p -> p.getFileName().toString().equals("topic-items.md")).findFirst().orElseThrow());
    Item item = digest.items().get(0);
    LabelledBlock insight = item.labelledBlocks().get(0);
    List<org.digestkit.core.model.Block> body = new ArrayList<>(item.body());
    int index = body.indexOf(insight);
    Label corrected = insight.label().withText("深度解读");
    body.set(index, insight.withLabel(corrected));
    Digest edited = digest.replaceItem(item, item.withBody(body));
    LineDiff diff = LineDiff.of(digest.toMarkdown(), edited.toMarkdown());
    assertThat(diff.removed()).containsExactly("**深度解读 & 洞察：**  ");
    assertThat(diff.added()).containsExactly("**深度解读：**");
  }

  @Test
  void addingAnItemAndAnEntryInsertsOnlyTheirLines() throws IOException {
    Digest digest = Digest.parse(fixture("topic-items.md"));
    Section topic = digest.sections().get(0);
    List<SectionElement> elements = new ArrayList<>(topic.elements());
    Item added = new Item(org.digestkit.core.model.Heading.linked(3, "新增条目", "https://new.example.org/1"),
        List.of(org.digestkit.core.model.Paragraph.of("新增的正文。")));
    elements.add(1, added);
    List<Section> sections = new ArrayList<>(digest.sections());
    sections.set(0, topic.withElements(elements));
    Digest edited = digest.withSections(sections);
    LineDiff diff = LineDiff.of(digest.toMarkdown(), edited.toMarkdown());
    assertThat(diff.removed()).isEmpty();
    assertThat(diff.added()).containsExactly("### [新增条目](https://new.example.org/1)", "", "新增的正文。", "");
    assertThat(Digest.parse(edited.toMarkdown())).isEqualTo(edited);
  }

  @Test
  void changingTheTitleChangesTheFrontMatterLineAndTheH1() throws IOException {
    Digest digest = Digest.parse(fixture("topic-items.md"));
    String before = digest.toMarkdown();
    String after = digest.withTitle("新的标题").toMarkdown();
    String[] a = before.split("\n", -1);
    String[] b = after.split("\n", -1);
    assertThat(b).hasSameSizeAs(a);
    List<Integer> changed = new ArrayList<>();
    for (int i = 0; i < a.length; i++) {
      if (!a[i].equals(b[i])) {
        changed.add(i + 1);
      }
    }
    assertThat(changed).containsExactly(2, 10);
    assertThat(b[1]).isEqualTo("title: 新的标题");
    assertThat(b[9]).isEqualTo("# 新的标题");
  }

  private static int occurrences(String text, String line) {
    int n = 0;
    for (String l : text.split("\r?\n", -1)) {
      if (l.equals(line)) {
        n++;
      }
    }
    return n;
  }

  static Path fixture(String name) {
    return Posts.fixtures().stream().filter(p -> p.getFileName().toString().equals(name)).findFirst().orElseThrow();
  }
}
