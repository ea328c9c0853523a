package org.digestkit.core.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.digestkit.core.model.Link;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownInlineTest {

  /** Whatever the URL, the written destination reads back as exactly that URL. */
  @ParameterizedTest
  @ValueSource(strings = {
      "https://example.org/a", "https://example.org/a_(b)", "https://example.org/<a", "https://e.org/a(b",
      "https://e.org/a)b", "https://e.org/a b", "x](https:/y", "a\u0000b(c", "a>b(c", "a\nb", "a<b c", ""})
  void escapedDestinationReadsBackAsItself(String url) {
    String destination = MarkdownInline.escapeUrl(url);
    Link back = MarkdownInline.linkAt("[t](" + destination + ")", 0);

    if (url.indexOf('\n') < 0 && url.indexOf('<') < 0 && url.indexOf('>') < 0) {
      assertThat(back).isNotNull();
      assertThat(back.url()).isEqualTo(url);
    } else {
      assertThat(back).isNotNull();
      assertThat(back.end()).isEqualTo(destination.length() + 5);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://e.org/a(b", "https://e.org/a b"})
  void unbalancedOrSpacedDestinationsUseAngleBrackets(String url) {
    assertThat(MarkdownInline.escapeUrl(url)).isEqualTo("<" + url + ">");
  }

  /** Any URL without a line break is written so that it reads back as exactly itself (no percent-encoding). */
  @Test
  void everyUrlWithoutALineBreakReadsBackUnchanged() {
    String[] pieces = {"a", "/", "(", ")", "<", ">", "\\", " ", "\\(", "\\>", "%20", "https://", "[", "]", "\"", "'",
        "例", "#", "?q=1"};
    java.util.Random rnd = new java.util.Random(11);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder u = new StringBuilder();
      int n = 1 + rnd.nextInt(8);
      for (int k = 0; k < n; k++) {
        u.append(pieces[rnd.nextInt(pieces.length)]);
      }
      String url = u.toString();
      String destination = MarkdownInline.escapeUrl(url);
      Link back = MarkdownInline.linkAt("[t](" + destination + ")", 0);
      assertThat(back).as("%s written as %s", url, destination).isNotNull();
      assertThat(back.url()).as("%s written as %s", url, destination).isEqualTo(url);
      assertThat(back.end()).isEqualTo(destination.length() + 5);
    }
  }

  @Test
  void backslashEscapesInDestinationsAreResolved() {
    assertThat(MarkdownInline.linkAt("[x](a\\(b)", 0).url()).isEqualTo("a(b");
    assertThat(MarkdownInline.linkAt("[x](<a\\>b c>)", 0).url()).isEqualTo("a>b c");
    assertThat(MarkdownInline.linkAt("[x](a\\b)", 0).url()).isEqualTo("a\\b"); // not before punctuation: kept
  }
  /**
   * A region of a larger text reads as if it were cut out: the same links, at offsets shifted by the region's
   * start, whatever surrounds it (brackets, backticks, quotes or a link's end just past the region).
   */
  @Test
  void aRegionReadsLikeTheTextCutOut() {
    String[] pieces = {"[", "]", "(", ")", "](", "[t](", "https://e.org/a", " ", "\\", "!", "`", "\"", "'", "<",
        ">", "\n", "\n\n", "例", "x"};
    java.util.Random rnd = new java.util.Random(23);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder();
      int parts = rnd.nextInt(24);
      for (int i = 0; i < parts; i++) {
        b.append(pieces[rnd.nextInt(pieces.length)]);
      }
      String text = b.toString();
      int from = rnd.nextInt(text.length() + 1);
      int to = from + rnd.nextInt(text.length() - from + 1);
      String cut = text.substring(from, to);

      java.util.List<String> expected = new java.util.ArrayList<>();
      for (Link l : MarkdownInline.links(cut)) {
        expected.add(new Link(l.text(), l.url(), l.start() + from, l.end() + from, l.urlStart() + from,
            l.urlEnd() + from).toString());
      }
      java.util.List<String> actual = new java.util.ArrayList<>();
      for (Link l : MarkdownInline.links(text, from, to)) {
        actual.add(l.toString());
      }

      assertThat(actual).as("region [%d, %d) of %s", from, to, text).isEqualTo(expected);
    }
  }
}
