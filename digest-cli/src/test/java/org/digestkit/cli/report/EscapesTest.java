package org.digestkit.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The one escaping of human-readable output, and the bounded excerpt under a finding. */
class EscapesTest {

  @Test
  void controlsLineBreaksAndBidiControlsBecomeVisible() {
    assertThat(Escapes.visible("a\u001b[31mb\u0007c")).isEqualTo("a\\u001B[31mb\\u0007c");
    assertThat(Escapes.visible("T\n::error file=x.md::owned")).isEqualTo("T\\n::error file=x.md::owned");
    assertThat(Escapes.visible("x\r\ty\u0085z\u009b")).isEqualTo("x\\r\\ty\\u0085z\\u009B");
    assertThat(Escapes.visible("\u202egnp.exe \u2066a\u2069 \u200f \u061c \u2028")).isEqualTo(
        "\\u202Egnp.exe \\u2066a\\u2069 \\u200F \\u061C \\u2028");
    assertThat(Escapes.visible("\u007f")).isEqualTo("\\u007F");
  }

  @Test
  void ordinaryTextIsKeptAsIs() {
    String text = "深度解读 & 洞察：模型 😀 é ｜ → \\ % : ,";
    assertThat(Escapes.visible(text)).isSameAs(text);
  }

  @Test
  void unpairedSurrogatesAreEscapedAndPairsKept() {
    assertThat(Escapes.visible("a\ud800b\udc00c😀")).isEqualTo("a\\uD800b\\uDC00c😀");
    assertThat(Escapes.wellFormed("a\ud800b😀\udc00")).isEqualTo("a\uFFFDb😀\uFFFD");
  }

  @Test
  void noEscapedStringHoldsAnUnsafeCharacter() {
    Random random = new Random(20);
    for (int n = 0; n < 2_000; n++) {
      StringBuilder s = new StringBuilder();
      for (int i = random.nextInt(40); i > 0; i--) {
        s.append((char) (random.nextBoolean() ? random.nextInt(0x100) : random.nextInt(0x10000)));
      }
      String shown = Escapes.visible(s.toString());
      for (int i = 0; i < shown.length(); i++) {
        char c = shown.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < shown.length() && Character.isLowSurrogate(shown.charAt(i + 1))) {
          i++;
          continue;
        }
        assertThat(Escapes.isUnsafe(c)).as("%s at %d of %s", (int) c, i, shown).isFalse();
      }
    }
  }

  @Test
  void shortenNeverSplitsAPair() {
    assertThat(Escapes.shorten("abc", 3)).isEqualTo("abc");
    assertThat(Escapes.shorten("abcdef", 4)).isEqualTo("abc…");
    assertThat(Escapes.shorten("ab😀def", 4)).isEqualTo("ab…");
  }

  @Test
  void excerptOfALongLineIsAWindowWithTheCaretUnderTheColumn() {
    // the finding at column 500,001 of a 600,000-character line: the excerpt is short and the caret is under it
    String line = "x".repeat(500_000) + "Y" + "z".repeat(99_999);
    Excerpt e = Excerpt.of(line, 500_001);
    assertThat(e.text().length()).isLessThanOrEqualTo(Excerpt.WINDOW + 2);
    assertThat(e.text().charAt(e.caret())).isEqualTo('Y');
    assertThat(e.text()).startsWith("…").endsWith("…");
  }

  @Test
  void excerptCaretCountsWideCharactersAndEscapes() {
    String line = "中文".repeat(200) + "\u001b" + "http://a";
    Excerpt e = Excerpt.of(line, 402);
    String before = e.text().substring(0, e.text().indexOf("http"));
    assertThat(before).endsWith("\\u001B");
    assertThat(e.caret()).isEqualTo(TextReporter.width(before, before.length()));
    assertThat(e.text()).doesNotContain("\u001b");
  }

  @Test
  void columnsBeyondTheLineAreClampedToItsEnd() {
    Excerpt e = Excerpt.of("short", 1_000_000);
    assertThat(e.text()).isEqualTo("short");
    assertThat(e.caret()).isEqualTo(5);
    Excerpt tabs = Excerpt.of("\tx", 2);
    assertThat(tabs.text()).isEqualTo(" x");
    assertThat(tabs.caret()).isEqualTo(1);
  }
}
