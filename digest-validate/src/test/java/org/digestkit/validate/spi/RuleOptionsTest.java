package org.digestkit.validate.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Options read as the YAML gave them, converted once per key however often a rule asks. */
class RuleOptionsTest {
  private static RuleOptions options() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("labels", List.of("影响", 3, true));
    values.put("one", "解读");
    values.put("values", Map.of("tags", List.of("AI", "AI 日报"), "category", "AI"));
    values.put("days", "2");
    values.put("share", 0.5);
    return new RuleOptions(values);
  }

  @Test
  void listsAreStringsAndASingleValueIsAList() {
    RuleOptions o = options();
    assertThat(o.strings("labels", List.of())).containsExactly("影响", "3", "true");
    assertThat(o.strings("one", List.of())).containsExactly("解读");
    assertThat(o.strings("absent", List.of("fallback"))).containsExactly("fallback");
    assertThat(o.stringLists("values")).containsEntry("tags", List.of("AI", "AI 日报"))
        .containsEntry("category", List.of("AI"));
    assertThat(o.stringLists("one")).isEmpty();
  }

  @Test
  void aListIsConvertedOnceAndCannotBeChanged() {
    RuleOptions o = options();
    assertThat(o.strings("labels", List.of())).isSameAs(o.strings("labels", List.of()));
    assertThat(o.stringLists("values")).isSameAs(o.stringLists("values"));
    assertThatThrownBy(() -> o.strings("labels", List.of()).add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> o.stringLists("values").put("x", List.of()))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void numbersAreReadFromTextOrNumbers() {
    RuleOptions o = options();
    assertThat(o.integer("days", 0)).isEqualTo(2);
    assertThat(o.decimal("share", 0)).isEqualTo(0.5);
    assertThatThrownBy(() -> o.integer("one", 0)).hasMessageContaining("whole number");
  }
}
