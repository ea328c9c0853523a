package org.digestkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.digestkit.core.generate.DigestGenerator;
import org.junit.jupiter.api.Test;

/** A line index holds where each line starts by the definition of a line break, and the parser hands out its own. */
class LineIndexTest {
  private static final String[] PIECES = {"\n", "\r", "\r\n", "\n\r", "a", "模型", " ", "\t", "\u2028", "\u0085"};

  /** Line starts by definition: 0, and after {@code \n}, or after {@code \r} not followed by {@code \n}. */
  private static List<Integer> lineStarts(String text) {
    List<Integer> starts = new ArrayList<>(List.of(0));
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
        starts.add(i + 1);
      }
    }
    return starts;
  }

  private static List<Integer> starts(LineIndex index) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < index.count(); i++) {
      out.add(index.start(i));
    }
    return out;
  }

  @Test
  void startsAreAfterEachLineBreak() {
    Random rnd = new Random(7);
    for (int round = 0; round < 3_000; round++) {
      StringBuilder b = new StringBuilder();
      for (int i = rnd.nextInt(30); i > 0; i--) {
        b.append(PIECES[rnd.nextInt(PIECES.length)]);
      }
      String text = b.toString();
      LineIndex index = LineIndex.of(text);
      List<Integer> expected = lineStarts(text);
      assertThat(starts(index)).as("%s", text.replace("\r", "\\r").replace("\n", "\\n")).isEqualTo(expected);
      assertThat(index.toArray()).hasSize(expected.size());
      for (int offset = 0; offset <= text.length(); offset++) {
        int line = index.lineOf(offset);
        assertThat(expected.get(line)).isLessThanOrEqualTo(offset);
        assertThat(line + 1 == expected.size() || expected.get(line + 1) > offset).isTrue();
      }
    }
  }

  @Test
  void theArrayIsACopy() {
    LineIndex index = LineIndex.of("a\nb\n");
    index.toArray()[1] = 99;
    assertThat(index.start(1)).isEqualTo(2);
    assertThat(index).isEqualTo(LineIndex.of("x\ny\n")).hasSameHashCodeAs(LineIndex.of("x\ny\n"));
  }

  /** The parse's index is that of the text without its byte order mark, and the post is the plain parse's. */
  @Test
  void parseIndexedHandsOutTheLinesOfThePost() {
    for (String post : new DigestGenerator(5).markdown(40)) {
      for (String text : List.of(post, post.replace("\n", "\r\n"), "\uFEFF" + post)) {
        DigestParser.Indexed parsed = DigestParser.defaults().parseIndexed(text, "post.md");
        assertThat(parsed.digest()).isEqualTo(Digest.parse(text));
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        assertThat(starts(parsed.lines())).isEqualTo(lineStarts(withoutBom));
      }
    }
  }
}
