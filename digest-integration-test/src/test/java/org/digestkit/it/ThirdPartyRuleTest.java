package org.digestkit.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.digestkit.it.JavaTools.java;
import static org.digestkit.it.JavaTools.javac;
import static org.digestkit.it.JavaTools.write;

import java.io.File;
import java.io.IOException;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.digestkit.core.Posts;
import org.digestkit.it.JavaTools.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A third-party rule, compiled here as a newcomer would write it, runs through the {@code digest} command in a
 * JVM of its own: registered in {@code META-INF/services} on the class path and by {@code provides} on the module
 * path, configured with an option, described by {@code digest rules ID}, listed in SARIF without a help link to a
 * page digestkit does not have; and a registration naming a missing class is a one-line configuration error
 * (exit 2), never a stack trace.
 */
class ThirdPartyRuleTest {
  private static final String RULE = """
      package com.example.rules;

      import java.util.List;
      import org.digestkit.validate.Severity;
      import org.digestkit.validate.spi.DigestRule;
      import org.digestkit.validate.spi.Position;
      import org.digestkit.validate.spi.RuleContext;
      import org.digestkit.validate.spi.RuleOption;

      public final class MarkerRule implements DigestRule {
        @Override public String id() { return "leftover-marker"; }
        @Override public String description() { return "no work-in-progress marker is left in a post"; }
        @Override public Severity defaultSeverity() { return Severity.WARNING; }
        @Override public boolean appliesToAllPosts() { return true; }
        @Override public List<RuleOption> declaredOptions() {
          return List.of(RuleOption.string("marker", "the marker to look for (default TODO)"));
        }
        @Override public void check(RuleContext context) {
          String marker = context.options().string("marker", "TODO");
          String text = context.text();
          for (int i = text.indexOf(marker); i >= 0; i = text.indexOf(marker, i + marker.length())) {
            Position at = context.position(i);
            context.report(at.line(), at.column(), marker + " left in the post");
          }
        }
      }
      """;

  private static String classPath;
  private static String modulePath;

  @BeforeAll
  static void paths() {
    classPath = System.getProperty("java.class.path");
    List<String> explicit = new ArrayList<>();
    for (String entry : classPath.split(File.pathSeparator)) {
      Path p = Path.of(entry);
      if (Files.exists(p) && ModuleFinder.of(p).findAll().stream().map(ModuleReference::descriptor)
          .anyMatch(d -> !d.isAutomatic())) {
        explicit.add(entry);
      }
    }
    modulePath = String.join(File.pathSeparator, explicit);
  }

  /** A post with a marker on its last line, and the configuration that sets the rule's option. */
  private static Path post(Path dir) throws IOException {
    String fixture = Files.readString(Posts.fixtures().get(0), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("cfg.yaml"), "rules:\n  leftover-marker: { severity: error, marker: FIXME }\n");
    return Files.writeString(dir.resolve("post.md"), fixture + (fixture.endsWith("\n") ? "" : "\n") + "FIXME\n");
  }

  private static int lines(Path post) throws IOException {
    return Files.readString(post, StandardCharsets.UTF_8).split("\n", -1).length - 1;
  }

  @Test
  void onTheClassPathTheCommandFindsConfiguresAndDescribesTheRule(@TempDir Path dir) throws Exception {
    Path classes = dir.resolve("rule");
    write(dir.resolve("src/com/example/rules/MarkerRule.java"), RULE);
    assertThat(javac("-cp", classPath, "-d", classes.toString(),
        dir.resolve("src/com/example/rules/MarkerRule.java").toString())).isEmpty();
    write(classes.resolve("META-INF/services/org.digestkit.validate.spi.DigestRule"),
        "com.example.rules.MarkerRule\n");
    String cp = classPath + File.pathSeparator + classes;
    Path post = post(dir);

    Run validate = java(dir, "-cp", cp, "org.digestkit.cli.Main", "validate", "--config", "cfg.yaml", "post.md");
    assertThat(validate.out()).as(validate.err()).contains("post.md:" + lines(post) + ":1: error leftover-marker "
        + "FIXME left in the post");
    assertThat(validate.exit()).isEqualTo(1);

    Run rules = java(dir, "-cp", cp, "org.digestkit.cli.Main", "rules", "--config", "cfg.yaml", "leftover-marker");
    assertThat(rules.exit()).as(rules.err()).isZero();
    assertThat(rules.out()).contains("# leftover-marker", "no work-in-progress marker is left in a post",
        "provided by: com.example.rules.MarkerRule", "default: warning", "in force: error, on",
        "`marker` (string): the marker to look for (default TODO)");

    Run sarif = java(dir, "-cp", cp, "org.digestkit.cli.Main", "validate", "--config", "cfg.yaml", "--format",
        "sarif", "post.md");
    String ruleEntry = sarif.out().substring(sarif.out().indexOf("{\"id\":\"leftover-marker\""));
    ruleEntry = ruleEntry.substring(0, ruleEntry.indexOf("}}") + 2);
    assertThat(ruleEntry).contains("no work-in-progress marker").doesNotContain("helpUri");
    assertThat(sarif.out()).contains("\"id\":\"label-corrupted\"", "docs/rules/label-corrupted.md");
  }

  @Test
  void onTheModulePathAProvidesClauseRegistersTheRule(@TempDir Path dir) throws Exception {
    Path src = dir.resolve("src");
    write(src.resolve("module-info.java"), "module com.example.rules {\n  requires org.digestkit.validate;\n"
        + "  provides org.digestkit.validate.spi.DigestRule with com.example.rules.MarkerRule;\n}\n");
    write(src.resolve("com/example/rules/MarkerRule.java"), RULE);
    Path out = dir.resolve("rule-module");
    assertThat(javac("--module-path", modulePath, "-d", out.toString(), src.resolve("module-info.java").toString(),
        src.resolve("com/example/rules/MarkerRule.java").toString())).isEmpty();
    Path post = post(dir);

    Run validate = java(dir, "--module-path", modulePath + File.pathSeparator + out, "-m",
        "org.digestkit.cli/org.digestkit.cli.Main", "validate", "--config", "cfg.yaml", "post.md");
    assertThat(validate.out()).as(validate.err()).contains("post.md:" + lines(post) + ":1: error leftover-marker ");
    assertThat(validate.exit()).isEqualTo(1);
  }

  @Test
  void aRegistrationOfAMissingClassIsAConfigurationError(@TempDir Path dir) throws Exception {
    Path broken = dir.resolve("broken");
    write(broken.resolve("META-INF/services/org.digestkit.validate.spi.DigestRule"), "com.example.rules.Gone\n");
    post(dir);
    for (String command : List.of("validate", "rules")) {
      Run run = java(dir, "-cp", classPath + File.pathSeparator + broken, "org.digestkit.cli.Main", command,
          "post.md");
      assertThat(run.exit()).as(command + ": " + run.err()).isEqualTo(2);
      assertThat(run.err().strip()).as(command).startsWith("digest: cannot load a rule")
          .contains("com.example.rules.Gone").doesNotContain("Exception", "\tat ", "\n");
      assertThat(run.out()).isEmpty();
    }
  }

}
