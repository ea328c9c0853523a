package org.digestkit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Section numbering: CJK numerals and digits read back to their values, anything else to -1. */
class NumberingTest {

  @Test
  void everyCjkNumeralTheBuilderWritesReadsBackToItsValue() {
    for (int n = 1; n <= 99; n++) {
      assertThat(new Numbering(Numbering.cjkNumeral(n), "、").value()).as("%d", n).isEqualTo(n);
    }
  }

  @ParameterizedTest
  @CsvSource({"一, 1", "九, 9", "十, 10", "十一, 11", "二十, 20", "九十九, 99", "01, 1", "12, 12", "007, 7"})
  void numbersAsPostsWriteThem(String number, int value) {
    assertThat(new Numbering(number, "、").value()).isEqualTo(value);
  }

  @ParameterizedTest
  @CsvSource({"零", "百", "一二", "十十", "一十一十", "十一二", "A", "1234567"})
  void anythingElseHasNoValue(String number) {
    assertThat(new Numbering(number, "、").value()).isEqualTo(-1);
  }

  @Test
  void noNumberingIsAbsentAndHasNoValue() {
    assertThat(Numbering.NONE.isPresent()).isFalse();
    assertThat(Numbering.NONE.value()).isEqualTo(-1);
    assertThat(Numbering.NONE.text()).isEmpty();
    assertThat(new Numbering("08", "｠").text()).isEqualTo("08｠");
  }

  @Test
  void cjkNumeralsStopAtNinetyNine() {
    assertThat(Numbering.cjkNumeral(10)).isEqualTo("十");
    assertThat(Numbering.cjkNumeral(21)).isEqualTo("二十一");
    assertThatThrownBy(() -> Numbering.cjkNumeral(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Numbering.cjkNumeral(100)).isInstanceOf(IllegalArgumentException.class);
  }
}
