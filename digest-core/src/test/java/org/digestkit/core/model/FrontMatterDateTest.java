package org.digestkit.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link FrontMatter#isoDate} reads exactly the dates {@code LocalDate.parse} reads, in the YYYY-MM-DD shape. */
class FrontMatterDateTest {

  private static Optional<LocalDate> reference(String s) {
    if (!FrontMatter.hasIsoDateShape(s)) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(s));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  @Test
  void agreesWithTheJdkParserOnGeneratedDates() {
    Random rnd = new Random(29);
    for (int i = 0; i < 20_000; i++) {
      String s = String.format("%04d-%02d-%02d", rnd.nextInt(10_000), rnd.nextInt(14), rnd.nextInt(33));
      if (rnd.nextInt(10) == 0) {
        s = s.substring(0, rnd.nextInt(s.length())) + "x" + s.substring(Math.min(s.length(), 1 + rnd.nextInt(10)));
      }
      assertThat(FrontMatter.isoDate(s)).as(s).isEqualTo(reference(s));
    }
  }

  @Test
  void knowsLeapDaysAndRejectsDaysThatDoNotExist() {
    assertThat(FrontMatter.isoDate("2024-02-29")).contains(LocalDate.of(2024, 2, 29));
    assertThat(FrontMatter.isoDate("2025-02-29")).isEmpty();
    assertThat(FrontMatter.isoDate("2026-13-01")).isEmpty();
    assertThat(FrontMatter.isoDate("2026-1-01")).isEmpty();
  }

  @Test
  void theShapeIsDigitsAndDashesWhetherOrNotTheDayExists() {
    assertThat(FrontMatter.hasIsoDateShape("2026-02-30")).isTrue();
    assertThat(FrontMatter.isoDate("2026-02-30")).isEmpty();
    assertThat(FrontMatter.hasIsoDateShape("2026-2-30")).isFalse();
    assertThat(FrontMatter.hasIsoDateShape("2026/02/03")).isFalse();
    assertThat(FrontMatter.hasIsoDateShape("2026-02-0x")).isFalse();
  }
}
