package org.digestkit.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.digestkit.validate.DigestValidator;
import org.digestkit.validate.ValidationConfig;
import org.jspecify.annotations.Nullable;

/**
 * The validator for each post: from {@code --config} when given, else from the nearest {@code .digestkit.yaml}
 * above the post (each file's validator is built once and shared), with {@code --profile} overriding the
 * profile. Thread-safe.
 */
final class Validators {
  private final @Nullable Path config;
  private final @Nullable String profile;
  private final Map<String, DigestValidator> byConfigFile = new ConcurrentHashMap<>();
  private final Map<Path, String> configOfFolder = new ConcurrentHashMap<>();

  Validators(@Nullable Path config, @Nullable String profile) {
    this.config = config;
    this.profile = profile;
    if (config != null) {
      byConfigFile.put(config.toString(), build(config));
    }
  }

  DigestValidator forPost(Path post) {
    if (config != null) {
      return byConfigFile.get(config.toString());
    }
    Path folder = post.toAbsolutePath().getParent();
    String key = configOfFolder.computeIfAbsent(folder, f -> {
      Path found = ValidationConfig.find(f);
      return found == null ? "" : found.toString();
    });
    return byConfigFile.computeIfAbsent(key, k -> k.isEmpty() ? build(null) : build(Path.of(k)));
  }

  /**
   * Builds the validator of every post's folder now, so that a bad configuration file stops the command before
   * any output (exit 2, naming the file, line and column) rather than in the middle of a parallel run.
   */
  Validators prepare(List<Path> posts) {
    for (Path post : posts) {
      forPost(post);
    }
    return this;
  }

  private DigestValidator build(@Nullable Path file) {
    ValidationConfig cfg = file != null ? ValidationConfig.load(file, profile)
        : profile != null ? ValidationConfig.profile(profile) : ValidationConfig.defaults();
    return DigestValidator.of(cfg);
  }
}
