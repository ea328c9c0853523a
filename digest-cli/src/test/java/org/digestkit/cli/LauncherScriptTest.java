package org.digestkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project's {@code ./digest} script finds its jar beside itself when it is called through symbolic links
 * (relative, absolute, a link to a link), and puts {@code DIGEST_CLASSPATH} after it; a stand-in {@code java} on
 * the PATH records how it was run.
 */
class LauncherScriptTest {
  @TempDir
  Path dir;

  @Test
  void theScriptResolvesItsRealLocationThroughLinks() throws Exception {
    Project project = project();
    Path root = project.root();
    Path jar = project.jar();
    Path bin = project.bin();
    Path log = project.log();

    Path relative = Files.createSymbolicLink(Files.createDirectories(dir.resolve("bin")).resolve("dg"),
        Path.of("../project/digest"));
    Path chained = Files.createSymbolicLink(Files.createDirectories(dir.resolve("elsewhere")).resolve("digest"),
        relative);
    for (Path link : List.of(root.resolve("digest"), relative, chained)) {
      Files.deleteIfExists(log);
      ProcessBuilder p = new ProcessBuilder(link.toString(), "validate", "posts/")
          .directory(Files.createDirectories(dir.resolve("cwd")).toFile()).redirectErrorStream(true);
      p.environment().put("PATH", bin + ":" + System.getenv("PATH"));
      Process run = p.start();
      String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(run.exitValue()).as(link + ": " + output).isZero();
      List<String> calls = Files.readAllLines(log);
      assertThat(calls.get(calls.size() - 1)).as(link.toString())
          .endsWith(" -jar " + jar.toRealPath() + " validate posts/");
    }
  }

  @Test
  void digestClasspathAddsJarsAfterTheCommandsOwn() throws Exception {
    Project project = project();
    Path root = project.root();
    Path jar = project.jar();
    Path bin = project.bin();
    Path log = project.log();

    Files.createDirectories(dir.resolve("rules/classes"));
    Files.writeString(dir.resolve("rules/a.jar"), "");
    // DIGEST_CLASSPATH as set -> the class path after the jar ("" = run with -jar); empty entries are dropped, for
    // java would read one as the working folder
    Map<String, String> cases = new LinkedHashMap<>();
    cases.put("", "");
    cases.put(":", "");
    cases.put("rules/a.jar:rules/classes", "rules/a.jar:rules/classes");
    cases.put(":rules/a.jar::rules/classes:", "rules/a.jar:rules/classes");
    for (Map.Entry<String, String> c : cases.entrySet()) {
      Files.deleteIfExists(log);
      Process run = launch(root, bin, c.getKey());
      String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(run.exitValue()).as(output).isZero();
      List<String> calls = Files.readAllLines(log);
      String last = calls.get(calls.size() - 1);
      if (c.getValue().isEmpty()) {
        assertThat(last).as("no entries is no class path").endsWith(" -jar " + jar.toRealPath() + " rules my-rule");
      } else {
        assertThat(last).endsWith(" -cp " + jar.toRealPath() + ":" + c.getValue()
            + " org.digestkit.cli.Main rules my-rule").doesNotContain("-jar");
      }
    }
    for (String missing : List.of("rules/missing.jar", "rules/a.jar:nowhere/*")) {
      Files.deleteIfExists(log);
      Process run = launch(root, bin, missing);
      String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(run.exitValue()).as(output).isEqualTo(2);
      assertThat(output).startsWith("digest: DIGEST_CLASSPATH: ").contains("rules/missing.jar".equals(missing)
          ? "rules/missing.jar" : "nowhere");
      List<String> calls = Files.exists(log) ? Files.readAllLines(log) : List.of();
      assertThat(calls).as("the command is not started").noneMatch(call -> call.endsWith("rules my-rule"));
    }
  }

  private Process launch(Path root, Path bin, String digestClasspath) throws Exception {
    ProcessBuilder p = new ProcessBuilder(root.resolve("digest").toString(), "rules", "my-rule")
        .directory(dir.toFile()).redirectErrorStream(true);
    p.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    p.environment().put("DIGEST_CLASSPATH", digestClasspath);
    return p.start();
  }

  /** A copy of the script in a project whose jar is built, and a stand-in {@code java} that logs its arguments. */
  private record Project(Path root, Path jar, Path bin, Path log) {}

  private Project project() throws Exception {
    Path script = Path.of("").toAbsolutePath().getParent().resolve("digest");
    assumeTrue(Files.isRegularFile(script), "the script is at the project root");
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash is needed");
    Path root = Files.createDirectories(dir.resolve("project"));
    Files.copy(script, root.resolve("digest"));
    Files.writeString(root.resolve("pom.xml"), "<project/>");
    Path jar = Files.createDirectories(root.resolve("digest-cli/target")).resolve("digest.jar");
    Files.writeString(jar, "");
    Files.setLastModifiedTime(root.resolve("pom.xml"), FileTime.fromMillis(1_600_000_000_000L));
    Path bin = Files.createDirectories(dir.resolve("fake-bin"));
    Path log = dir.resolve("java.log");
    Path java = Files.writeString(bin.resolve("java"), "#!/bin/sh\necho \"$@\" >> " + log + "\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    return new Project(root, jar, bin, log);
  }
}
