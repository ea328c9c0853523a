package org.digestkit.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.digestkit.core.Posts;
import org.junit.jupiter.api.Test;

/**
 * The fixes rules offer, applied as {@code digest fix} applies them, over every corpus post and fixture and over
 * generated posts: a second round finds nothing more to fix, and a bold fix changes what the post renders to
 * only where the run it fixes stands (commonmark-java's HTML of the whole body before and after).
 */
class FixesTest {
  private static final Parser COMMONMARK = Parser.builder().extensions(List.of(TablesExtension.create())).build();
  private static final HtmlRenderer HTML =
      HtmlRenderer.builder().extensions(List.of(TablesExtension.create())).build();
  private static final String[] PIECES = {"模型", "发布", "（协同）", "：", "，", "。", "「", "」", "Open", "AI", "5", " ",
      " ", "-", ".", "(", ")", "%", "\"", "**", "**", "**", "**", "*", "`x`", "\\*", "_", "[a](https://e.com/a)"};

  private final List<DigestValidator> validators = List.of(DigestValidator.defaults(),
      DigestValidator.of(ValidationConfig.profile("aicode-ai-daily")));

  private final DigestValidator anyPost = DigestValidator.of(ValidationConfig.defaults().withDigests(org.digestkit.validate.DigestSelection.all()));

  /** The text with every fix applied, as {@code digest fix} applies them (last first; a stale one skipped). */
  static String apply(String text, List<Fix> fixes) {
    List<Fix> sorted = new ArrayList<>(fixes);
    sorted.sort(Comparator.comparingInt(Fix::line).thenComparingInt(Fix::column).reversed());
    List<Integer> starts = new ArrayList<>(List.of(0));
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    StringBuilder out = new StringBuilder(text);
    int lastStart = Integer.MAX_VALUE;
    for (Fix fix : sorted) {
      int at = starts.get(fix.line() - 1) + fix.column() - 1;
      int end = at + fix.expected().length();
      assertThat(end).as("fixes overlap: %s", fix).isLessThanOrEqualTo(lastStart);
      assertThat(out.substring(at, end)).as("the text a fix expects").isEqualTo(fix.expected());
      out.replace(at, end, fix.replacement());
      lastStart = at;
    }
    return out.toString();
  }

  private static List<Fix> fixes(DigestValidator validator, String text) {
    return validator.validate(text, "2026-01-01-post.md").findings().stream().map(Finding::fix)
        .filter(f -> f != null).toList();
  }

  private static String html(String post) {
    return HTML.render(COMMONMARK.parse(Posts.body(post)));
  }

  /**
   * Checks that {@code fixes} reach a fixed point on {@code text} and that each bold fix alone changes the
   * body's HTML only where its run stands, which becomes bold; returns how many fixes there were.
   */
  private int check(DigestValidator validator, String text, String name) {
    List<Fix> fixes = fixes(validator, text);
    if (fixes.isEmpty()) {
      return 0;
    }
    String fixed = apply(text, fixes);
    assertThat(fixes(validator, fixed)).as("fixes offered again in %s", name).isEmpty();
    String before = html(text);
    for (Fix fix : fixes) {
      if (!fix.expected().startsWith("**") && !fix.replacement().contains("**")) {
        continue; // a label or numbering fix changes the text it replaces, nothing else
      }
      String after = html(apply(text, List.of(fix)));
      int prefix = 0;
      while (prefix < before.length() && prefix < after.length() && before.charAt(prefix) == after.charAt(prefix)) {
        prefix++;
      }
      int suffix = 0;
      while (suffix < before.length() - prefix && suffix < after.length() - prefix
          && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
        suffix++;
      }
      // what differs: the run, literal before (its stars shown) and bold after, white space around it aside
      String was = before.substring(prefix, before.length() - suffix).replaceAll("\\s", "");
      String is = after.substring(prefix, after.length() - suffix).replaceAll("\\s", "");
      assertThat(was).as("%s: %s, before", name, fix).startsWith("**").endsWith("**").hasSizeGreaterThan(4);
      assertThat(is).as("%s: %s, after", name, fix).startsWith("<strong>").endsWith("</strong>");
      assertThat(is.substring(8, is.length() - 9)).as("%s: %s changes only its run", name, fix)
          .isEqualTo(was.substring(2, was.length() - 2));
      assertThat(after.split("<strong>", -1).length - before.split("<strong>", -1).length)
          .as("%s: %s makes its run bold, and nothing else", name, fix).isEqualTo(1);
    }
    return fixes.size();
  }

  @Test
  void everyPostsFixesReachAFixedPointAndChangeOnlyTheirRuns() throws IOException {
    int fixes = 0;
    for (Path post : Posts.all()) {
      String text = Files.readString(post, StandardCharsets.UTF_8);
      for (DigestValidator validator : validators) {
        fixes += check(validator, text, post.getFileName().toString());
      }
    }
    if (Posts.corpus() != null) {
      // real posts hold runs that do not render bold (the fixtures are edge cases of other kinds)
      assertThat(fixes).as("fixes offered").isPositive();
    }
  }

  @Test
  void generatedPostsFixesReachAFixedPointAndChangeOnlyTheirRuns() {
    Random rnd = new Random(20261206);
    int fixes = 0;
    for (int i = 0; i < 3_000; i++) {
      StringBuilder post = new StringBuilder("# T\n\n## S\n\n### 标题\n\n");
      for (int block = 1 + rnd.nextInt(3); block > 0; block--) {
        String prefix = switch (rnd.nextInt(4)) {
          case 0 -> "- ";
          case 1 -> "    - ";
          case 2 -> "| a | ";
          default -> "";
        };
        int lines = 1 + rnd.nextInt(2);
        if (prefix.startsWith("|")) {
          post.append("| a | b |\n|---|---|\n");
        }
        for (int l = 0; l < lines; l++) {
          post.append(prefix.isEmpty() || l == 0 || prefix.startsWith("|") ? prefix : "  ");
          for (int k = 1 + rnd.nextInt(10); k > 0; k--) {
            post.append(PIECES[rnd.nextInt(PIECES.length)]);
          }
          post.append(prefix.startsWith("|") ? " |\n" : "\n");
        }
        post.append('\n');
      }
      fixes += check(anyPost, post.toString(), post.toString());
    }
    assertThat(fixes).as("fixes offered").isGreaterThan(100);
  }
}
