package org.digestkit.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.digestkit.core.Digest;
import org.digestkit.core.Posts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One fixture post in every format against golden files in {@code src/test/resources/golden}. After a deliberate
 * change, regenerate with {@code mvn test -pl digest-render -Dtest=GoldenTest -Dgolden.update=true} and review
 * the diff.
 */
class GoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  @ParameterizedTest
  @ValueSource(strings = {"html", "html-page", "markdown", "json", "text", "telegram", "rss", "atom", "jsonfeed"})
  void fixtureMatchesItsGoldenFile(String format) throws IOException {
    Path fixture = Posts.fixtures().stream().filter(p -> p.getFileName().toString().equals("topic-items.md"))
        .findFirst().orElseThrow();
    Digest d = Digest.parse(fixture);
    RenderOptions options = RenderOptions.defaults().withSite("https://blog.example.org/", "示例博客",
        p -> "posts/" + p.frontMatter().dateText().orElse("x") + "/");
    String out = DigestRenderers.forFormat(format, options).render(List.of(d));
    Path golden = GOLDEN.resolve("topic-items." + format + ".golden");
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, out, StandardCharsets.UTF_8);
    }
    assertThat(golden).as("golden file (generate with -Dgolden.update=true)").exists();
    assertThat(out).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
