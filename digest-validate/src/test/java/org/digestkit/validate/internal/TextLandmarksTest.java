package org.digestkit.validate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.digestkit.core.LineIndex;
import org.junit.jupiter.api.Test;

/** The landmarks of generated text are what a search for each of them finds, and suppressions read from them. */
public class TextLandmarksTest {
  private static final String[] PIECES = {"*", "**", "***", "]", "](", "(", ":", "://", "//", "<", "<!--", "!--",
      "-->", "\n", "\r", "\r\n", "\u0007", "\u0085", "\u200B", "\u200F", "\u2010", "\u2014", "\u201C", "\u2027", "\u2028", "\u202E", "\u202F",
      "\u205F", "\u2060", "\u206F", "\u2070", "\uFEFF", "\uFFFD", "\t", " ",
      "a", "模型", "http", "https", "digestkit-", "<!-- digestkit-disable link-duplicate -->",
      "<!--digestkit-disable-next-line-->", "<!-- digestkit-enable bold-not-rendered  -->",
      "<!-- digestkit-disable-line -->", "`", "\\", "\\*"};

  private static String randomText(Random rnd, int pieces) {
    StringBuilder b = new StringBuilder();
    int n = rnd.nextInt(pieces);
    for (int i = 0; i < n; i++) {
      b.append(PIECES[rnd.nextInt(PIECES.length)]);
    }
    return b.toString();
  }

  private static List<Integer> occurrences(String text, String what) {
    List<Integer> out = new ArrayList<>();
    for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1)) {
      out.add(at);
    }
    return out;
  }

  /**
   * Line starts as the parser's {@link LineIndex} has them (core's {@code LineIndexTest} holds it to the
   * definition: 0, and after {@code \n}, or after {@code \r} not followed by {@code \n}).
   */
  static List<Integer> lineStarts(String text) {
    return list(LineIndex.of(text).toArray());
  }

  /** The offsets of the characters the character rules look at, by definition. */
  static List<Integer> unusualCharacters(String text) {
    List<Integer> unusual = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F
          || c >= 0x200B && c <= 0x200F || c >= 0x2028 && c <= 0x202E || c >= 0x2060 && c <= 0x206F
          || c == 0xFEFF || c >= 0xFFFD) {
        unusual.add(i);
      }
    }
    return unusual;
  }

  private static List<Integer> list(int[] values) {
    return Arrays.stream(values).boxed().toList();
  }

  @Test
  void everyLandmarkIsWhereASearchFindsIt() {
    Random rnd = new Random(20261129);
    for (int round = 0; round < 5_000; round++) {
      assertEveryLandmarkIsWhereASearchFindsIt(randomText(rnd, 40));
    }
  }

  /** A text with some 100,000 landmarks, past every list's first growth, has them where a search finds them. */
  @Test
  void aHugeTextHasItsLandmarksWhereASearchFindsThem() {
    assertEveryLandmarkIsWhereASearchFindsIt(randomText(new Random(37), 400_000) + "`".repeat(70_000));
  }

  private static void assertEveryLandmarkIsWhereASearchFindsIt(String text) {
    TextLandmarks marks = TextLandmarks.of(text);
    String shown = text.length() > 200 ? text.substring(0, 200) + "…" : text;
    assertThat(list(marks.lineStarts())).as("%s", shown).isEqualTo(lineStarts(text));
    assertThat(marks.unusualCharacters()).as("%s", shown).isEqualTo(unusualCharacters(text));
    assertThat(list(marks.commentOpenings())).as("%s", shown).isEqualTo(occurrences(text, "<!--"));
    assertThat(list(marks.linkDestinations())).as("%s", shown).isEqualTo(occurrences(text, "]("));
    assertThat(list(marks.schemes())).as("%s", shown).isEqualTo(occurrences(text, "://"));
  }

  @Test
  void firstAtOrAfterIsTheFirstOffsetNotBefore() {
    int[] offsets = {2, 5, 9};
    assertThat(TextLandmarks.firstAtOrAfter(offsets, 0)).isZero();
    assertThat(TextLandmarks.firstAtOrAfter(offsets, 5)).isEqualTo(1);
    assertThat(TextLandmarks.firstAtOrAfter(offsets, 6)).isEqualTo(2);
    assertThat(TextLandmarks.firstAtOrAfter(offsets, 10)).isEqualTo(3);
  }
}
