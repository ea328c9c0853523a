package org.digestkit.validate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.digestkit.core.Digest;
import org.digestkit.core.model.FrontMatter;
import org.junit.jupiter.api.Test;

/**
 * {@link FrontMatterFields#hasAll} says what Bean Validation would: for every required group, on generated front
 * matter where each key is absent, empty, blank, null, a scalar, a list or a mapping.
 */
class FrontMatterFieldsTest {
  private static final String[] KEYS = {"title", "date", "category", "tags", "seo", "coverImage", "summary"};
  private static final String[] VALUES = {null, "", " \"\"", " \"  \"", " ~", " 示例", " 2026-07-02", " [AI, AI 日报]",
      " []", "\n  - AI\n  - 日报", " {a: b}"};
  private static final List<Class<?>> GROUPS = List.of(FrontMatterFields.Title.class, FrontMatterFields.Date.class,
      FrontMatterFields.Category.class, FrontMatterFields.Tags.class, FrontMatterFields.Seo.class,
      FrontMatterFields.CoverImage.class, FrontMatterFields.Summary.class);

  @Test
  void hasAllIsWhatTheConstraintsSay() {
    Random rnd = new Random(20261206);
    for (int round = 0; round < 300; round++) {
      StringBuilder text = new StringBuilder("---\n");
      for (String key : KEYS) {
        String value = VALUES[rnd.nextInt(VALUES.length)];
        if (value != null) {
          text.append(key).append(':').append(value).append('\n');
        }
      }
      text.append("---\n# 示例日报\n");
      FrontMatter fm = Digest.parse(text.toString()).frontMatter();
      for (Class<?> group : GROUPS) {
        boolean valid = FrontMatterConstraints.check(fm, FrontMatterFields.of(fm), group).isEmpty();
        assertThat(FrontMatterFields.hasAll(fm, List.of(group))).as("%s in %s", group.getSimpleName(), text)
            .isEqualTo(valid);
      }
    }
  }
}
