package org.digestkit.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.digestkit.it.JavaTools.java;
import static org.digestkit.it.JavaTools.javac;
import static org.digestkit.it.JavaTools.write;

import java.io.File;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.digestkit.core.Posts;
import org.digestkit.it.JavaTools.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * digestkit as a dependency on the module path and on the class path: a small consumer program (parse, write
 * back, validate with the rules found as services, render every format) compiles and runs both ways with the
 * same output; on the module path it cannot import an internal package or a built-in rule; and the
 * {@code digest} command runs as the module {@code org.digestkit.cli}. The module path holds the explicit modules
 * of this test's class path (digestkit's own and their dependencies).
 */
class ModulePathTest {
  private static final String CONSUMER = """
      package consumer;

      import java.nio.file.Files;
      import java.nio.file.Path;
      import org.digestkit.core.Digest;
      import org.digestkit.render.DigestRenderers;
      import org.digestkit.validate.DigestValidator;
      import org.digestkit.validate.Finding;

      public final class Main {
        public static void main(String[] args) throws Exception {
          byte[] bytes = Files.readAllBytes(Path.of(args[0]));
          Digest digest = Digest.parse(bytes);
          System.out.println("round trip: " + java.util.Arrays.equals(digest.toMarkdown().getBytes("UTF-8"), bytes));
          DigestValidator validator = DigestValidator.defaults();
          System.out.println("rules: " + validator.rules().size());
          for (Finding f : validator.validate(digest, args[0]).findings()) {
            System.out.println("finding: " + f.rule() + " " + f.line() + ":" + f.column());
          }
          org.digestkit.render.RenderOptions site = org.digestkit.render.RenderOptions.defaults()
              .withSite("https://example.org/", "Example", d -> "https://example.org/post/");
          for (String format : DigestRenderers.formats()) {
            String out = DigestRenderers.forFormat(format, site).render(digest);
            System.out.println("render " + format + ": " + out.length() + " " + out.hashCode());
          }
        }
      }
      """;

  private static String modulePath;
  private static byte[] post;

  @BeforeAll
  static void modulePath() throws IOException {
    List<String> explicit = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path p = Path.of(entry);
      if (!Files.exists(p)) {
        continue;
      }
      for (ModuleReference m : ModuleFinder.of(p).findAll()) {
        if (!m.descriptor().isAutomatic()) {
          explicit.add(entry);
        }
      }
    }
    modulePath = String.join(File.pathSeparator, explicit);
    post = Files.readAllBytes(Posts.fixtures().get(0));
  }

  @Test
  void theLibraryModulesExportTheirApiAndNotTheirInternals() {
    ModuleFinder modules = ModuleFinder.of(
        Arrays.stream(modulePath.split(File.pathSeparator)).map(Path::of).toArray(Path[]::new));
    assertThat(exports(modules, "org.digestkit.core")).containsExactlyInAnyOrder("org.digestkit.core",
        "org.digestkit.core.model", "org.digestkit.core.json", "org.digestkit.core.generate",
        "org.digestkit.core.io");
    assertThat(exports(modules, "org.digestkit.validate"))
        .containsExactlyInAnyOrder("org.digestkit.validate", "org.digestkit.validate.spi");
    assertThat(exports(modules, "org.digestkit.render")).containsExactlyInAnyOrder("org.digestkit.render",
        "org.digestkit.render.html", "org.digestkit.render.telegram", "org.digestkit.render.feed");
    assertThat(exports(modules, "org.digestkit.cli")).isEmpty();
  }

  private static List<String> exports(ModuleFinder modules, String name) {
    ModuleDescriptor descriptor = modules.find(name).orElseThrow().descriptor();
    assertThat(descriptor.isAutomatic()).isFalse();
    for (ModuleDescriptor.Exports e : descriptor.exports()) {
      if (e.isQualified()) {
        assertThat(e.targets()).as("qualified export %s", e).allMatch(t -> t.startsWith("org.digestkit."));
      }
    }
    return descriptor.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toList());
  }

  @Test
  void aConsumerRunsTheSameOnTheModulePathAndOnTheClassPath(@TempDir Path dir) throws Exception {
    Path modular = dir.resolve("modular");
    write(modular.resolve("module-info.java"),
        "module consumer { requires org.digestkit.validate; requires org.digestkit.render; }");
    write(modular.resolve("consumer/Main.java"), CONSUMER);
    assertThat(javac("--module-path", modulePath, "-d", dir.resolve("modular-out").toString(),
        modular.resolve("module-info.java").toString(), modular.resolve("consumer/Main.java").toString()))
        .isEmpty();

    Path plain = dir.resolve("plain");
    write(plain.resolve("consumer/Main.java"), CONSUMER);
    assertThat(javac("-cp", modulePath, "-d", dir.resolve("plain-out").toString(),
        plain.resolve("consumer/Main.java").toString())).isEmpty();

    Run onModulePath = java(dir, "--module-path", modulePath + File.pathSeparator + dir.resolve("modular-out"),
        "-m", "consumer/consumer.Main", post(dir));
    Run onClassPath = java(dir, "-cp", modulePath + File.pathSeparator + dir.resolve("plain-out"),
        "consumer.Main", post(dir));

    assertThat(onModulePath.exit()).as(onModulePath.err()).isZero();
    assertThat(onModulePath.err()).isEmpty();
    assertThat(onModulePath.out()).contains("round trip: true").contains("render html: ").contains("rules: ")
        .doesNotContain("rules: 0");
    assertThat(onModulePath.out()).isEqualTo(onClassPath.out());
  }

  @Test
  void aConsumerModuleCannotImportInternalsOrBuiltInRules(@TempDir Path dir) throws Exception {
    for (String type : List.of("org.digestkit.core.internal.Lines", "org.digestkit.core.markdown.FastMarkdown",
        "org.digestkit.core.markdown.MarkdownInline", "org.digestkit.validate.rules.H1TitleRule",
        "org.digestkit.render.internal.InlineMarkup", "org.digestkit.render.internal.BuiltInRenderers")) {
      Path src = dir.resolve(type);
      write(src.resolve("module-info.java"),
          "module consumer { requires org.digestkit.validate; requires org.digestkit.render; }");
      write(src.resolve("consumer/Reach.java"),
          "package consumer;\nimport " + type + ";\npublic class Reach {}\n");
      String errors = javac("--module-path", modulePath, "-d", dir.resolve(type + "-out").toString(),
          src.resolve("module-info.java").toString(), src.resolve("consumer/Reach.java").toString());
      assertThat(errors).contains("is not visible");
    }
  }

  @Test
  void theDigestCommandRunsAsAModule(@TempDir Path dir) throws Exception {
    Run onModulePath = java(dir, "--module-path", modulePath, "-m", "org.digestkit.cli/org.digestkit.cli.Main",
        "validate", post(dir));
    Run onClassPath = java(dir, "-cp", modulePath, "org.digestkit.cli.Main", "validate", post(dir));

    assertThat(onModulePath.err()).isEqualTo(onClassPath.err());
    assertThat(onModulePath.out()).isEqualTo(onClassPath.out()).contains("file");
    assertThat(onModulePath.exit()).isEqualTo(onClassPath.exit()).isLessThan(2);
  }

  /** The post the programs read, as a file in {@code dir}. */
  private static String post(Path dir) throws IOException {
    Path file = dir.resolve("post.md");
    Files.write(file, post);
    return file.toString();
  }
}
