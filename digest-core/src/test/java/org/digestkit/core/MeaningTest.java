package org.digestkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.digestkit.core.generate.DigestGenerator;
import org.digestkit.core.json.DigestJson;
import org.junit.jupiter.api.Test;

/**
 * A post means what CommonMark renders it to, and formatting keeps it: for every corpus post, fixture and generated
 * post (hard breaks in both spellings, loose and tight lists, aligned tables, labels of every break), the HTML of
 * the body by plain commonmark-java with GFM tables is the same for the original, its canonical form (what
 * {@code digest fmt} writes) and its trip through JSON (what {@code digest convert} does), and the read-back check
 * passes. The one known exception is a tab that reaches past a list item's content column; there the read-back
 * check must refuse, never let the meaning change.
 */
class MeaningTest {
  private static final List<Extension> TABLES = List.of(TablesExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(TABLES).build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(TABLES).build();

  /** The counts of one run over a set of posts. */
  private record Tally(int posts, List<String> changed, List<String> refused) {}

  @Test
  void everyRealPostAndFixtureMeansTheSameFormattedAndThroughJson() throws IOException {
    List<String> texts = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (Path p : Posts.all()) {
      texts.add(Files.readString(p));
      names.add(p.getFileName().toString());
    }
    Tally tally = check(names, texts);

    assertThat(tally.posts()).isGreaterThanOrEqualTo(Posts.fixtures().size());
    assertThat(tally.changed()).as("posts whose meaning changed without a refusal").isEmpty();
    assertThat(tally.refused()).as("refused posts: only tab-indented lines in list items")
        .allMatch(name -> texts.get(names.indexOf(name)).indexOf('\t') >= 0);
    assertThat(tally.refused().size()).isLessThanOrEqualTo(2);
  }

  @Test
  void generatedPostsMeanTheSameFormattedAndThroughJsonInEverySpelling() {
    DigestGenerator generator = new DigestGenerator(19);
    List<String> names = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    int hardBreakLabels = 0;
    for (int i = 0; i < 400; i++) {
      String markdown = generator.next().toMarkdown();
      names.add("generated " + i);
      texts.add(markdown);
      // the same post with every hard break after a label line spelled with two trailing spaces
      String spaces = markdown.replaceAll("(?m)^(\\*\\*[^*\\n]+\\*\\*：?)\\\\$", "$1  ");
      if (!spaces.equals(markdown)) {
        hardBreakLabels++;
        names.add("generated " + i + ", two-space breaks");
        texts.add(spaces);
      }
    }
    Tally tally = check(names, texts);

    assertThat(hardBreakLabels).isGreaterThan(20);
    assertThat(String.join("\n", texts)).contains("  \n", "\\\n", "\n\n- ", "| :---: |", "| ---: |");
    assertThat(tally.changed()).isEmpty();
    assertThat(tally.refused()).isEmpty();
  }

  /** Each post through fmt and JSON: a change of HTML counts as changed unless the read-back check refuses it. */
  private static Tally check(List<String> names, List<String> texts) {
    List<String> changed = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      String original = texts.get(i);
      Digest digest = Digest.parse(original);
      String html = html(original);
      String formatted = digest.toCanonicalMarkdown();
      String throughJson = DigestJson.fromJson(DigestJson.toJson(digest)).toMarkdown();
      boolean same = html.equals(html(formatted)) && html.equals(html(throughJson));
      Optional<String> difference = digest.readBackDifference();
      if (difference.isPresent()) {
        refused.add(names.get(i));
        assertThat(difference.get()).as(names.get(i)).matches("line \\d+, column \\d+.*");
      } else if (!same) {
        changed.add(names.get(i));
      }
    }
    return new Tally(texts.size(), changed, refused);
  }

  /** The HTML of a post's body (after its front matter), by commonmark-java alone. */
  static String html(String post) {
    String text = post.replace("\r\n", "\n");
    text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return RENDERER.render(PARSER.parse(Posts.body(text)));
  }
}
