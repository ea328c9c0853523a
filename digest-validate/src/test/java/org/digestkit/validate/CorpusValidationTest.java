package org.digestkit.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.digestkit.core.Posts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The blog profile over the real corpus: the error set finds exactly the defects that independent oracles
 * (plain regular expressions over the raw lines, written apart from the rules) find, at their lines, and no
 * error on any other post.
 */
class CorpusValidationTest {
  private static final Pattern CORRUPT_LABEL = Pattern.compile("^\\*\\*(深度解读 & (?!洞察：)[^*]+)：\\*\\*");
  private static final Pattern H2 = Pattern.compile("^## ");
  private static final Pattern CORRUPT_NUMBERING = Pattern.compile("^## \\d\\d[^｜ \\d]");

  private static List<Path> posts;
  private static DigestValidator validator;

  @BeforeAll
  static void load() {
    Path corpus = Posts.corpus();
    assumeTrue(corpus != null, "the shared corpus is not present");
    posts = Posts.all().stream().filter(p -> p.startsWith(corpus)).toList();
    validator = DigestValidator.of(ValidationConfig.profile("aicode-ai-daily"));
  }

  @Test
  void errorsAreExactlyTheDefectsTheOraclesFind() throws IOException {
    Set<String> expected = new TreeSet<>();
    Set<String> actual = new TreeSet<>();
    for (Path post : posts) {
      List<String> lines = Files.readAllLines(post, StandardCharsets.UTF_8);
      boolean digest = lines.contains("category: AI 日报");
      String name = post.getFileName().toString();
      if (digest) {
        boolean anyH2 = false;
        for (int i = 0; i < lines.size(); i++) {
          String l = lines.get(i);
          if (CORRUPT_LABEL.matcher(l).find()) {
            expected.add(name + ":" + (i + 1) + " label-corrupted");
          }
          if (CORRUPT_NUMBERING.matcher(l).find()) {
            expected.add(name + ":" + (i + 1) + " numbering-corrupted");
          }
          anyH2 |= H2.matcher(l).find();
        }
        if (!anyH2) {
          expected.add(name + " stub-post");
        }
      }
      for (int i = 0; i < lines.size(); i++) {
        for (char c : lines.get(i).toCharArray()) {
          if (c < 0x20 && c != '\t') {
            expected.add(name + ":" + (i + 1) + " control-character");
          }
        }
      }
      for (Finding f : validator.validate(post).findings()) {
        if (f.severity() == Severity.ERROR) {
          actual.add(f.rule().equals("stub-post") ? name + " stub-post" : name + ":" + f.line() + " " + f.rule());
        }
      }
    }
    assertThat(expected).hasSizeGreaterThan(10);
    assertThat(actual).containsExactlyElementsOf(expected);
  }

  @Test
  void everyFindingHasAPositionInsideItsFile() throws IOException {
    for (Path post : posts) {
      int lines = (int) Files.readString(post).lines().count();
      for (Finding f : validator.validate(post).findings()) {
        if (f.rule().equals("file-name")) {
          continue;
        }
        assertThat(f.line()).as("%s %s", post, f).isBetween(1, lines);
        assertThat(f.column()).as("%s %s", post, f).isPositive();
      }
    }
  }

  @Test
  void corruptedLabelFixesRestoreTheKnownSpelling() throws IOException {
    int fixes = 0;
    for (Path post : posts) {
      String text = Files.readString(post);
      List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
      for (Finding f : validator.validate(post).of("label-corrupted")) {
        Fix fix = f.fix();
        assertThat(fix).isNotNull();
        String line = lines.get(fix.line() - 1);
        assertThat(line.substring(fix.column() - 1)).startsWith(fix.expected());
        lines.set(fix.line() - 1, line.substring(0, fix.column() - 1) + fix.replacement()
            + line.substring(fix.column() - 1 + fix.expected().length()));
        fixes++;
      }
      String fixed = String.join("\n", lines);
      assertThat(validator.validate(fixed, post.toString()).of("label-corrupted")).isEmpty();
    }
    assertThat(fixes).isPositive();
  }
}
