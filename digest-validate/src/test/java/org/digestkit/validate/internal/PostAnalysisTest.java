package org.digestkit.validate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.digestkit.core.Digest;
import org.junit.jupiter.api.Test;

/** The shared per-post facts agree with their plain definitions on generated text. */
class PostAnalysisTest {
  private static final Pattern BARE_URL = Pattern.compile("https?://[^\\s<>()\\[\\]]+");
  private static final String[] PIECES = {"http", "https", "://", "s://", "a", "b.c/d", " ", "\n", "\r", "\r\n",
      "(", ")", "[", "]", "<", ">", "\t", "\u000B", "\f", "模型", "x", "/", "\u0008", "\u200B", "\uFEFF", "\u0085",
      "\uFFFD", "#"};

  private static String randomText(Random rnd) {
    StringBuilder b = new StringBuilder();
    int n = rnd.nextInt(40);
    for (int i = 0; i < n; i++) {
      b.append(PIECES[rnd.nextInt(PIECES.length)]);
    }
    return b.toString();
  }

  @Test
  void bareUrlsAreWhatTheRegularExpressionFinds() {
    Random rnd = new Random(20261129);
    for (int seed = 0; seed < 5_000; seed++) {
      String s = randomText(rnd);
      List<String> expected = new ArrayList<>();
      Matcher m = BARE_URL.matcher(s);
      while (m.find()) {
        expected.add(m.start() + ":" + m.group());
      }
      List<String> actual = new ArrayList<>();
      for (int at = PostAnalysis.bareUrl(s, 0); at >= 0; at = PostAnalysis.bareUrl(s, PostAnalysis.bareUrlEnd(s, at))) {
        actual.add(at + ":" + s.substring(at, PostAnalysis.bareUrlEnd(s, at)));
      }
      assertThat(actual).as("%s", s).isEqualTo(expected);
    }
  }

  @Test
  void positionsAndUnusualCharactersMatchTheirDefinitions() {
    Random rnd = new Random(7);
    for (int seed = 0; seed < 2_000; seed++) {
      String text = "x" + randomText(rnd); // not starting with U+FEFF, which the analysis drops as a BOM
      PostAnalysis a = new PostAnalysis(Digest.builder().build(), text);
      // line starts by definition: after \n, or after \r not followed by \n
      List<Integer> starts = new ArrayList<>(List.of(0));
      List<Integer> unusual = new ArrayList<>();
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
          starts.add(i + 1);
        } else if (c < 0x20 && c != '\t' && c != '\r' || c >= 0x7F && c <= 0x9F || c >= 0x200B && c <= 0x206F
            || c == 0xFEFF || c >= 0xFFFD) {
          unusual.add(i);
        }
      }
      assertThat(Arrays.stream(a.unusualCharacters()).boxed().toList()).as("%s", text).isEqualTo(unusual);
      // positions asked in random order (the hint must never give a wrong answer)
      for (int k = 0; k < 20 && text.length() > 0; k++) {
        int offset = rnd.nextInt(text.length() + 1);
        int line = 0;
        while (line + 1 < starts.size() && starts.get(line + 1) <= offset) {
          line++;
        }
        assertThat(a.position(offset)).as("%s @%d", text, offset)
            .containsExactly(line + 1, offset - starts.get(line) + 1);
      }
    }
  }
}
