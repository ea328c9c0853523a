package org.digestkit.core.model;

import static org.assertj.core.api.Assertions.assertThat;

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
}
