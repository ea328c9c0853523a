package org.digestkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The text report's excerpt is the finding's line as the validator read it: only a leading byte order mark is
 * dropped, so a U+FEFF inside a line keeps its column and the caret stands under the character found.
 */
class ExcerptByteOrderMarkTest {
  @TempDir
  Path dir;

  /** The excerpt and caret lines after each finding's header line. */
  private static List<String[]> excerpts(String report) {
    List<String> lines = report.lines().toList();
    List<String[]> out = new java.util.ArrayList<>();
    for (int i = 0; i + 2 < lines.size(); i++) {
      if (lines.get(i).contains(" bidi-control ")) {
        out.add(new String[] {lines.get(i + 1), lines.get(i + 2)});
      }
    }
    return out;
  }

  @Test
  void theCaretStandsUnderAByteOrderMarkInsideALine() throws Exception {
    for (String bom : new String[] {"", "\uFEFF"}) {
      Path post = Files.writeString(dir.resolve("post.md"),
          bom + "---\ntitle: t\n---\n# t\n\nab\uFEFFcd\uFEFFef and more\n");
      Cli run = Cli.run("validate", "--color", "never", post.toString());
      assertThat(run.out()).as(bom.isEmpty() ? "no BOM" : "leading BOM").contains(post + ":6:3: ")
          .contains(post + ":6:6: ");
      List<String[]> excerpts = excerpts(run.out());
      assertThat(excerpts).hasSize(2);
      for (String[] e : excerpts) {
        assertThat(e[0]).isEqualTo("  ab\uFEFFcd\uFEFFef and more");
        int caret = e[1].indexOf('^');
        assertThat(e[0].charAt(caret)).as(e[1]).isEqualTo('\uFEFF');
      }
    }
  }

  @Test
  void aLeadingByteOrderMarkIsNotPartOfTheFirstLine() throws Exception {
    Path post = Files.writeString(dir.resolve("post.md"), "\uFEFF---\ntitle: \uFEFFt\n---\n# t\n\nplain\n");
    Cli run = Cli.run("validate", "--color", "never", post.toString());
    List<String[]> excerpts = excerpts(run.out());
    assertThat(excerpts).as(run.out()).hasSize(1);
    assertThat(excerpts.get(0)[0]).isEqualTo("  title: \uFEFFt");
    assertThat(excerpts.get(0)[0].charAt(excerpts.get(0)[1].indexOf('^'))).isEqualTo('\uFEFF');
  }
}
