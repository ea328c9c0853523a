package org.digestkit.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The built-in renderers are found the same way on the module path ({@code provides} in {@code module-info.java})
 * and on the class path ({@code META-INF/services}), and their providers are implementation, not API.
 */
class ProvidersTest {
  private static final String SERVICE = "org.digestkit.render.DigestRendererProvider";

  @Test
  void moduleInfoAndServicesFileListTheSameProviders() throws Exception {
    String moduleInfo = Files.readString(Path.of("src/main/java/module-info.java"));
    Matcher provides = Pattern.compile("provides\\s+" + Pattern.quote(SERVICE) + "\\s+with\\s+([^;]+);")
        .matcher(moduleInfo);
    assertThat(provides.find()).isTrue();
    List<String> declared = Arrays.stream(provides.group(1).split(","))
        .map(s -> s.replaceAll("//.*", "").strip()).toList();
    List<String> services = Files.readAllLines(Path.of("src/main/resources/META-INF/services/" + SERVICE)).stream()
        .map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("#")).map(s -> s.replace('$', '.')).toList();
    assertThat(services).containsExactlyElementsOf(declared);
    assertThat(declared).allSatisfy(c -> assertThat(c).startsWith("org.digestkit.render.internal."));
  }

  @Test
  void everyBuiltInFormatIsFound() {
    assertThat(DigestRenderers.formats()).containsExactlyInAnyOrder("html", "html-page", "markdown", "json", "text",
        "telegram", "rss", "atom", "jsonfeed");
    for (String format : DigestRenderers.formats()) {
      assertThat(DigestRenderers.forFormat(format).format()).isEqualTo(format);
    }
  }
}
