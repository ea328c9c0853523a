package org.digestkit.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code heading-ids} key: the blog's profile names its style, a file can name or override one. */
class HeadingIdsConfigTest {
  @TempDir
  Path dir;

  @Test
  void theBlogsProfilePromisesItsHeadingIds() {
    assertThat(ValidationConfig.profile("aicode-ai-daily").headingIds()).isEqualTo("aicode");
    assertThat(ValidationConfig.defaults().headingIds()).isNull();
  }

  @Test
  void aFileInheritsOrOverridesTheProfilesStyle() throws Exception {
    Path inherit = Files.writeString(dir.resolve("a.yaml"), "profile: aicode-ai-daily\n");
    assertThat(ValidationConfig.load(inherit).headingIds()).isEqualTo("aicode");
    Path override = Files.writeString(dir.resolve("b.yaml"), "profile: aicode-ai-daily\nheading-ids: github\n");
    assertThat(ValidationConfig.load(override).headingIds()).isEqualTo("github");
    assertThat(ValidationConfig.load(override)).isNotEqualTo(ValidationConfig.load(inherit));
  }

  @Test
  void aStyleMustBeAName() throws Exception {
    Path bad = Files.writeString(dir.resolve("c.yaml"), "heading-ids: [a, b]\n");
    assertThatThrownBy(() -> ValidationConfig.load(bad)).isInstanceOf(ValidationConfig.ConfigException.class)
        .hasMessageContaining("heading-ids").hasMessageContaining("c.yaml");
  }
}
