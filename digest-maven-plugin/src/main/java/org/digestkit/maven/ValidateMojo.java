package org.digestkit.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks posts as {@code digest validate} does and fails the build when a finding reaches {@code failOn}. Each
 * finding is logged as {@code file:line:column: rule message}; reports go to {@code reportsDirectory}.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class ValidateMojo extends PostsMojo {

  /** The report file for each format. */
  private static final java.util.Map<String, String> REPORT_FILES = java.util.Map.of(
      "sarif", "digest.sarif", "json", "digest.json", "junit", "TEST-digest.xml", "text", "digest.txt");

  /** Profile to start from: {@code default} or {@code aicode-ai-daily} (default: as the configuration says). */
  @Parameter(property = "digest.profile")
  String profile;

  /** Configuration file (default: the nearest {@code .digestkit.yaml} above each post, as the command does). */
  @Parameter(property = "digest.config")
  File config;

  /** The least severe finding that fails the build: {@code error} or {@code warning}. */
  @Parameter(property = "digest.failOn", defaultValue = "error")
  String failOn;

  /** Reports to write: any of {@code sarif}, {@code json}, {@code junit}, {@code text}. */
  @Parameter(property = "digest.reportFormats", defaultValue = "sarif")
  List<String> reportFormats;

  /** Where reports go: {@code digest.sarif}, {@code digest.json}, {@code TEST-digest.xml}, {@code digest.txt}. */
  @Parameter(property = "digest.reportsDirectory", defaultValue = "${project.build.directory}/digest-reports")
  File reportsDirectory;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    List<String> posts = postArguments();
    if (posts.isEmpty()) {
      return;
    }
    Set<String> formats = formats();
    Path reports = reportsDirectory();
    Path json;
    try {
      Files.createDirectories(reports);
      json = formats.contains("json") ? reports.resolve(REPORT_FILES.get("json"))
          : Files.createTempFile(reports, "digest", ".json");
    } catch (IOException e) {
      throw new MojoExecutionException("digest: cannot create " + reports + ": " + e.getMessage(), e);
    }
    try {
      DigestTool.Run run = DigestTool.run(arguments("json", json, posts));
      log(run);
      if (run.exitCode() >= 2) {
        throw new MojoExecutionException("digest: validation could not run (see the messages above)");
      }
      Summary summary = logFindings(json);
      for (String format : formats) {
        if (!format.equals("json")) {
          DigestTool.Run other = DigestTool.run(arguments(format, reports.resolve(REPORT_FILES.get(format)), posts));
          if (other.exitCode() >= 2) {
            log(other);
            throw new MojoExecutionException("digest: cannot write the " + format + " report");
          }
        }
      }
      String line = summary.line(failOn, reports);
      if (run.exitCode() == 1) {
        throw new MojoFailureException(line);
      }
      getLog().info(line);
    } finally {
      if (!formats.contains("json")) {
        try {
          Files.deleteIfExists(json);
        } catch (IOException e) {
          getLog().debug(e);
        }
      }
    }
  }

  /** The reports' folder; run outside a project (no build directory), {@code target/digest-reports}. */
  private Path reportsDirectory() {
    return reportsDirectory.getPath().contains("${") ? Path.of("target", "digest-reports").toAbsolutePath()
        : reportsDirectory.toPath();
  }

  private Set<String> formats() throws MojoExecutionException {
    Set<String> formats = new LinkedHashSet<>();
    for (String f : reportFormats == null ? List.<String>of() : reportFormats) {
      for (String name : f.split(",")) {
        String format = name.trim().toLowerCase(Locale.ROOT);
        if (format.isEmpty()) {
          continue;
        }
        if (!REPORT_FILES.containsKey(format)) {
          throw new MojoExecutionException("digest: reportFormats takes sarif, json, junit or text, not '" + name + "'");
        }
        formats.add(format);
      }
    }
    return formats;
  }

  private List<String> arguments(String format, Path output, List<String> posts) {
    List<String> args = new ArrayList<>(List.of("validate", "--format", format, "-o", output.toString(),
        "--fail-on", failOn, "--color", "never"));
    if (profile != null && !profile.isBlank()) {
      args.addAll(List.of("--profile", profile));
    }
    if (config != null) {
      args.addAll(List.of("--config", config.getAbsolutePath()));
    }
    args.add("--");
    args.addAll(posts);
    return args;
  }

  /** Logs each finding of the JSON report at its severity and returns the report's totals. */
  private Summary logFindings(Path json) throws MojoExecutionException {
    JsonNode report;
    try {
      report = JsonMapper.shared().readTree(json.toFile());
    } catch (RuntimeException e) {
      throw new MojoExecutionException("digest: cannot read the report " + json + ": " + e.getMessage(), e);
    }
    for (JsonNode file : report.path("files")) {
      String path = file.path("path").asString();
      if (file.has("error")) {
        getLog().error(path + ": " + file.path("error").asString());
      }
      for (JsonNode f : file.path("findings")) {
        String line = path + ":" + f.path("line").asInt() + ":" + f.path("column").asInt() + ": "
            + f.path("rule").asString() + " " + f.path("message").asString();
        switch (f.path("severity").asString()) {
          case "error" -> getLog().error(line);
          case "warning" -> getLog().warn(line);
          default -> getLog().info(line);
        }
      }
    }
    JsonNode s = report.path("summary");
    return new Summary(s.path("files").asInt(), s.path("filesWithFindings").asInt(), s.path("errors").asInt(),
        s.path("warnings").asInt(), s.path("unreadable").asInt());
  }

  /** The report's totals. */
  record Summary(int files, int filesWithFindings, int errors, int warnings, int unreadable) {
    String line(String failOn, Path reports) {
      return String.format("digest: %d error%s, %d warning%s in %d of %d file%s%s (fails on %s; reports in %s)",
          errors, errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s", filesWithFindings, files,
          files == 1 ? "" : "s", unreadable > 0 ? ", " + unreadable + " unreadable" : "", failOn, reports);
    }
  }
}
