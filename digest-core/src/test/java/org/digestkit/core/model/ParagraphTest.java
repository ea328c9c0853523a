package org.digestkit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.digestkit.core.Digest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a paragraph tells about itself: a bold lead with its colon, a bold-only header, a lone link. */
class ParagraphTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "**背景**：文本 | 背景",
      "**背景：**文本 | 背景",
      "**Why:** text | Why",
      "**Why**: text | Why"})
  void aBoldLeadIsTheBoldRunBeforeOrAroundItsColon(String text, String lead) {
    assertThat(Paragraph.of(text).boldLead()).contains(lead);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"**强调** 没有冒号", "文本 **背景**：", "****：", "**未闭合：文本"})
  void withoutAColonOrALeadingBoldRunThereIsNoLead(String text) {
    assertThat(Paragraph.of(text).boldLead()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "**产品更新** | true", "  **产品更新**  | true", "**甲** **乙** | false", "**产品更新 | false", "**** | false"})
  void aBoldOnlyParagraphIsOneBoldRun(String text, boolean boldOnly) {
    assertThat(Paragraph.of(text).isBoldOnly()).isEqualTo(boldOnly);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "[GitHub 地址](https://github.com/x/y) | true", "见 [GitHub](https://github.com/x/y) | false",
      "[GitHub](https://github.com/x/y) 。 | false", "[没有链接] | false"})
  void aLinkOnlyParagraphIsOneLinkAndNothingElse(String text, boolean linkOnly) {
    assertThat(Paragraph.of(text).isLinkOnly()).isEqualTo(linkOnly);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"''", "'   '", "'\n'"})
  void aBlankParagraphIsRefusedForItWouldNotBeWritten(String text) {
    assertThatThrownBy(() -> Paragraph.of(text)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs text");
    assertThatThrownBy(() -> Digest.builder().title("t").intro(text)).isInstanceOf(IllegalArgumentException.class);
  }
}
