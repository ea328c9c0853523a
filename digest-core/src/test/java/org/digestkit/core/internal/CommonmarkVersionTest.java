package org.digestkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The tested commonmark-java range: from 0.31.0 through the 0.32 line; anything else or unreadable is outside. */
class CommonmarkVersionTest {

  @Test
  void theTestedRangeRunsFromTheOldestThroughTheNewestMinorLine() {
    assertThat(CommonmarkVersion.supports("0.31.0")).isTrue();
    assertThat(CommonmarkVersion.supports("0.31.1")).isTrue();
    assertThat(CommonmarkVersion.supports("0.32.0")).isTrue();
    assertThat(CommonmarkVersion.supports("0.32.7")).isTrue();
    assertThat(CommonmarkVersion.supports("0.32.1-SNAPSHOT")).isTrue();
  }

  @Test
  void olderNewerAndUnreadableVersionsAreOutside() {
    assertThat(CommonmarkVersion.supports("0.30.0")).isFalse();
    assertThat(CommonmarkVersion.supports("0.21.0")).isFalse();
    assertThat(CommonmarkVersion.supports("0.33.0")).isFalse();
    assertThat(CommonmarkVersion.supports("1.0.0")).isFalse();
    assertThat(CommonmarkVersion.supports("")).isFalse();
    assertThat(CommonmarkVersion.supports("latest")).isFalse();
    assertThat(CommonmarkVersion.supports("0")).isFalse();
  }

  @Test
  void theBuildsVersionIsReadAndInRange() {
    assertThat(CommonmarkVersion.version()).hasValueSatisfying(v -> assertThat(v).startsWith("0.3"));
    assertThat(CommonmarkVersion.shortcutsSupported()).isTrue();
  }
}
