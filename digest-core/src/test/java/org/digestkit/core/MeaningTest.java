package org.digestkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;
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
 * lines and nested items under bullets at any depth, after list markers, mixed with spaces) are generated too, and
 * so are labels with any white space before their text, indented lines under a label line that at column 1 would
 * open a block, and list items that end in a fence left open, with or without blank lines after it.
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

  @Test
  void labelsFencesAndIndentedLinesMeanTheSameFormattedAndThroughJson() {
    List<String> names = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    generate(1919, Integer.getInteger("digestkit.meaningPosts", 3000), 4, 3, MeaningTest::piece, "pieces", names,
        texts);
    Tally tally = check(names, texts);

    String all = String.join("\n", texts);
    assertThat(all).contains("**  t", "**：\tt", "**\n     1. x", "**\n\t- x", "  ```\n  code\n**");
    assertNoneChangedRefusedOrUnstable(tally, names, texts);
  }

  @Test
  void labelsWithEitherColonAndWhiteSpaceAroundItMeanTheSameFormattedAndThroughJson() {
    List<String> names = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    generate(2026, 1200, 3, 4, MeaningTest::colonPiece, "colons", names, texts);
    Tally tally = check(names, texts);

    String all = String.join("\n", texts);
    assertThat(all).contains("**Impact:**\n", "**影响 ：**", "**Note\t:** t", "**深度解读**:", "**影响**: t",
        "：**\t\n", "：**  \n", ":** \n", "**：  \n", "**\t  \n", "** \\\n", "**\t\\\n");
    assertNoneChangedRefusedOrUnstable(tally, names, texts);
  }

  /** No post changed meaning, was left alone, or is changed by a second {@code fmt}. */
  private static void assertNoneChangedRefusedOrUnstable(Tally tally, List<String> names, List<String> texts) {
    assertThat(tally.changed()).as("meaning changed: %s", first(tally.changed(), names, texts)).isEmpty();
    assertThat(tally.refused()).as("left alone (%s of %s): %s", tally.refused().size(), texts.size(),
        first(tally.refused(), names, texts)).isEmpty();
    assertThat(tally.unstable()).as("a second fmt changes: %s", first(tally.unstable(), names, texts)).isEmpty();
  }

  /**
   * Appends a label of one of the four forms and a line break: the colon full-width or ASCII, after white space
   * (inside the bold markers) or not, the label line ending in white space or not, and a line, a list or nothing
   * below it; the caller puts a blank line between pieces, or not.
   */
  private static void colonPiece(SplittableRandom random, StringBuilder post) {
    String colon = pick(random, "：", ":");
    String before = pick(random, "", "", " ", "\t", "  ", " \t");
    String trail = pick(random, "", "", " ", "  ", "\t", " \t", "\t  ", "  \t", "   ", "\\", " \\", "\t\\", "\t \\");
    String below = pick(random, "", "text\n", "text\n", "\ntext\n", "- x\n", "more\nand more\n");
    switch (random.nextInt(4)) {
      case 0 -> post.append("**").append(pick(random, "Impact", "Note", "影响", "深度解读 & 洞察")).append(before)
          .append(colon).append("**").append(trail).append('\n').append(below);
      case 1 -> post.append("**").append(pick(random, "深度解读", "Impact", "影响")).append("**").append(colon)
          .append(trail).append('\n').append(below);
      case 2 -> post.append("**").append(pick(random, "Note", "影响", "Impact")).append(before).append(colon)
          .append("**").append(pick(random, "", " ", "  ", "\t")).append("t").append(pick(random, "", "", "  ", "\t"))
          .append('\n').append(below);
      default -> post.append("**").append(pick(random, "深度解读", "影响", "洞察")).append("**").append(colon)
          .append(pick(random, "", " ", "  ", "\t")).append("t").append('\n').append(below);
    }
  }

  /**
   * Appends one piece of a post and a line break: an inline label with any white space before its text, a label
   * line (with either hard break or none) and an indented line below it that at column 1 would start a block, a
   * list whose items end in a fence (closed or not, blank lines after it or not), a tab list, or a paragraph. The
   * caller puts a blank line between pieces, or not.
   */
  private static void piece(SplittableRandom random, StringBuilder post) {
    String label = pick(random, "**标签：**", "**深度解读**：", "**影响：**", "**争议案例**：");
    switch (random.nextInt(5)) {
      case 0 -> post.append(label).append(pick(random, "", " ", "  ", "\t", " \t", "   ")).append("t")
          .append(random.nextBoolean() ? "" : "\nmore").append('\n');
      case 1 -> post.append(label).append(pick(random, "", "", "  ", "\\")).append('\n')
          .append(pick(random, "     ", "\t", "    ", "  ", " \t", "      ", "        "))
          .append(pick(random, "1. x", "- x", "* x", "# h", "> q", "---", "===", "```", "* * *", "<div>", "text",
              "2. x", "+ y", "~~~"))
          .append('\n');
      case 2 -> {
        String marker = pick(random, "-", "1.", "*");
        String inner = " ".repeat(marker.length() + 1);
        int items = 1 + random.nextInt(2);
        for (int n = 0; n < items; n++) {
          post.append(marker).append(" x").append(n).append('\n');
          if (random.nextBoolean()) {
            String fence = pick(random, "```", "```bash", "~~~", "````");
            post.append(inner).append(fence).append('\n').append(inner).append("code\n");
            if (random.nextInt(3) == 0) {
              post.append(inner).append(pick(random, "```", "~~~", "````")).append('\n'); // closes it, or not
            }
          }
          if (random.nextInt(4) == 0) {
            post.append('\n'); // a loose list, or a blank line of open code
          }
        }
      }
      case 3 -> list(random, post, "", 0, random.nextBoolean());
      default -> post.append(pick(random, "para", "## 二、其他", "- [a](https://a.example)：b",
          "| a | b |\n| - | - |\n| 1 | 2 |")).append('\n');
    }
  }

  /** The text of the first of {@code failed}, tabs shown as arrows, or nothing. */
  private static String first(List<String> failed, List<String> names, List<String> texts) {
    return failed.isEmpty() ? "" : texts.get(names.indexOf(failed.get(0))).replace("\t", "→");
  }

  /**
   * Appends a list of 1 to 3 items, each line after {@code indent}, with code, continuation lines or a nested list
   * (to depth 3) under an item; {@code tabs}: white space with tabs and spaces mixed before those lines and after
   * markers, else spaces only, lines under an item at its content column (a tab inside a line of code either way),
   * or, under an item whose content column is past 4, a line 4 in that would open a block at that column (a lazy
   * continuation line of its text).
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
        case 4 -> {
          if (!tabs && inner.length() - indent.length() > 4) {
            post.append(indent).append("    ").append(pick(random, "- y", "1. y", "# y", "```", "> y")).append('\n');
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

  /**
   * Adds {@code count} posts, named "{@code prefix} i": one news item whose body is 1 to {@code maxPieces} pieces
   * from {@code piece}, each followed by a blank line except one time in {@code joinedOneIn}.
   */
  private static void generate(long seed, int count, int maxPieces, int joinedOneIn,
      BiConsumer<SplittableRandom, StringBuilder> piece, String prefix, List<String> names, List<String> texts) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < count; i++) {
      StringBuilder post = new StringBuilder("---\ntitle: t\n---\n# 标题\n\n## 一、要闻\n\n### 条目\n\n");
      int pieces = 1 + random.nextInt(maxPieces);
      for (int n = 0; n < pieces; n++) {
        piece.accept(random, post);
        post.append(random.nextInt(joinedOneIn) == 0 ? "" : "\n");
      }
      names.add(prefix + " " + i);
      texts.add(post.toString());
    }
  }
}
