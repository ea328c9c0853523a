package org.digestkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.digestkit.core.generate.DigestGenerator;
import org.digestkit.core.json.DigestJson;
import org.digestkit.core.model.BulletList;
import org.digestkit.core.model.LabelledBlock;
import org.junit.jupiter.api.Test;

/**
 * A post means what CommonMark renders it to, and formatting keeps it: for every corpus post, fixture and generated
 * post (hard breaks in both spellings, loose and tight lists, aligned tables, labels of every break), the HTML of
 * the body by plain commonmark-java with GFM tables is the same for the original, its canonical form (what
 * {@code digest fmt} writes) and its trip through JSON (what {@code digest convert} does), the read-back check
 * passes, and formatting the formatted post changes nothing. Tabs where a list's lines start (code, continuation
 * lines and nested items under bullets at any depth, after list markers, mixed with spaces) are generated too.
 */
class MeaningTest {
  private static final List<Extension> TABLES = List.of(TablesExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(TABLES).build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(TABLES).build();

  /** The counts of one run over a set of posts; {@code unstable}: a second format would change them. */
  private record Tally(int posts, List<String> changed, List<String> refused, List<String> unstable) {}

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
    assertThat(tally.refused()).as("posts fmt would leave alone").isEmpty();
    assertThat(tally.unstable()).as("posts a second fmt would change").isEmpty();
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
    assertThat(tally.unstable()).isEmpty();
  }

  @Test
  void tabsWhereListLinesStartMeanTheSameFormattedAndThroughJson() {
    SplittableRandom random = new SplittableRandom(19);
    List<String> names = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      StringBuilder post = new StringBuilder("---\ntitle: t\n---\n# 标题\n\n## 一、要闻\n\n### 条目\n\n");
      if (random.nextBoolean()) {
        post.append("**要点：**\n");
      }
      // half the posts have tabs in their lists; the others, lists fmt re-indents, have them only after the list
      boolean tabs = random.nextBoolean();
      list(random, post, "", 0, tabs);
      if (random.nextInt(tabs ? 3 : 2) == 0) { // a block after the list that starts with a tab: code, outside it
        post.append("\n").append(pick(random, "\tcode after", " \tcode after", "\t\tcode after", "para"));
      }
      names.add("tabs " + i);
      texts.add(post.toString());
    }
    Tally tally = check(names, texts);

    String all = String.join("\n", texts);
    assertThat(all).contains("\n\t```", "\n  \t- ", "-\tx", "1.\tx", "\n\t\t", "\n\t  ");
    // lists without such a tab are typed and re-indented by fmt, some before a block that starts with a tab
    long rewrittenLists = texts.stream().filter(t -> t.contains("code after"))
        .filter(t -> Digest.parse(t).items().get(0).body().stream().anyMatch(b -> b instanceof BulletList
            || b instanceof LabelledBlock lb && lb.content().stream().anyMatch(c -> c instanceof BulletList)))
        .count();
    assertThat(rewrittenLists).isGreaterThan(10);
    assertThat(tally.changed()).as("meaning changed: %s", first(tally.changed(), names, texts)).isEmpty();
    assertThat(tally.refused()).as("left alone: %s", first(tally.refused(), names, texts)).isEmpty();
    assertThat(tally.unstable()).as("a second fmt changes: %s", first(tally.unstable(), names, texts)).isEmpty();
  }

  /** The text of the first of {@code failed}, tabs shown as arrows, or nothing. */
  private static String first(List<String> failed, List<String> names, List<String> texts) {
    return failed.isEmpty() ? "" : texts.get(names.indexOf(failed.get(0))).replace("\t", "→");
  }

  /**
   * Appends a list of 1 to 3 items, each line after {@code indent}, with code, continuation lines or a nested list
   * (to depth 3) under an item; {@code tabs}: white space with tabs and spaces mixed before those lines and after
   * markers, else spaces only, lines under an item at its content column (a tab inside a line of code either way).
   * Lines 4 or more in under an item whose content column is farther in are not made: they are an open finding
   * ({@code fuzz-open/roundTrip-lazy-list-marker-line}).
   */
  private static void list(SplittableRandom random, StringBuilder post, String indent, int depth, boolean tabs) {
    String marker = pick(random, "-", "*", "1.", "10.", "2)");
    int items = 1 + random.nextInt(3);
    for (int n = 0; n < items; n++) {
      String gap = tabs ? pick(random, " ", " ", "\t", " \t") : pick(random, " ", " ", "  ", "   ", "    ");
      post.append(indent).append(marker).append(gap).append("x").append(n).append('\n');
      String inner = indent + (tabs ? pick(random, "\t", "  \t", " \t", "\t  ", "\t\t", "  ", "    ", "   \t")
          : " ".repeat(marker.length() + gap.length()));
      switch (random.nextInt(6)) {
        case 0 -> post.append(inner).append("continued\n");
        case 1 -> post.append(random.nextBoolean() ? "\n" : "").append(inner).append("```bash\n")
            .append(inner).append(tabs ? pick(random, "", "\t", "  ") : pick(random, "", "  ")).append("code\ttab\n")
            .append(inner).append("```\n");
        case 2 -> post.append('\n').append(inner).append(tabs ? pick(random, "\t", "    ", "\t  ") : "    ")
            .append("indented code\n");
        case 3 -> {
          if (depth < 3) {
            list(random, post, inner, depth + 1, tabs);
          }
        }
        default -> { }
      }
      if (random.nextInt(4) == 0) {
        post.append('\n'); // a loose list
      }
    }
  }

  private static String pick(SplittableRandom random, String... choices) {
    return choices[random.nextInt(choices.length)];
  }

  /** Each post through fmt and JSON: a change of HTML counts as changed unless the read-back check refuses it. */
  private static Tally check(List<String> names, List<String> texts) {
    List<String> changed = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    List<String> unstable = new ArrayList<>();
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
      } else if (!Digest.parse(formatted).toCanonicalMarkdown().equals(formatted)) {
        unstable.add(names.get(i));
      }
    }
    return new Tally(texts.size(), changed, refused, unstable);
  }

  /** The HTML of a post's body (after its front matter), by commonmark-java alone. */
  static String html(String post) {
    String text = post.replace("\r\n", "\n");
    text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return RENDERER.render(PARSER.parse(Posts.body(text)));
  }
}
