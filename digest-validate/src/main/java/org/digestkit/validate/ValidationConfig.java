package org.digestkit.validate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.digestkit.validate.spi.RuleOptions;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Which rules run, how severe they are and with which options, and which posts count as digests. The general
 * digest format is the default; a named profile ({@code aicode-ai-daily} ships as an example) and a
 * {@code .digestkit.yaml} file layer on top:
 *
 * <pre>{@code
 * profile: aicode-ai-daily          # start from a shipped profile (or a path to a profile file)
 * digest-category: AI 日报          # only posts of this category get the digest rules (absent: every post)
 * rules:
 *   link-site-root: off             # disable
 *   few-items: info                 # change severity
 *   summary-unsupported:            # severity and options
 *     severity: error
 *     threshold: 0.25
 * frontMatter:
 *   schema: meta.schema.json        # a JSON Schema for the front matter, relative to this file
 * }</pre>
 *
 * Immutable.
 */
public final class ValidationConfig {

  /** The name of the configuration file looked for next to posts and in their parent folders. */
  public static final String FILE_NAME = ".digestkit.yaml";

  /** Built on first use: runs without a configuration file never pay for a YAML mapper. */
  private static final class Yaml {
    static final YAMLMapper MAPPER = YAMLMapper.builder().build();
  }

  private final String profile;
  private final @Nullable String digestCategory;
  private final Map<String, RuleSetting> rules;

  private ValidationConfig(String profile, @Nullable String digestCategory, Map<String, RuleSetting> rules) {
    this.profile = profile;
    this.digestCategory = digestCategory;
    this.rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
  }

  /** The general digest format: every rule at its default. */
  public static ValidationConfig defaults() {
    return new ValidationConfig("default", null, Map.of());
  }

  /** A shipped profile by name ({@code default}, {@code aicode-ai-daily}). */
  public static ValidationConfig profile(String name) {
    if (name.equals("default")) {
      return defaults();
    }
    if (!name.matches("[a-z0-9][a-z0-9-]*")) {
      throw new ConfigException("unknown profile '" + name + "'");
    }
    try (InputStream in = ValidationConfig.class.getResourceAsStream("profiles/" + name + ".yaml")) {
      if (in == null) {
        throw new ConfigException("unknown profile '" + name + "' (shipped: " + String.join(", ", shippedProfiles())
            + ")");
      }
      return defaults().with(read(in.readAllBytes(), "profile " + name), name, null);
    } catch (IOException e) {
      throw new ConfigException("cannot read profile '" + name + "': " + e.getMessage());
    }
  }

  /** The names of the shipped profiles. */
  public static List<String> shippedProfiles() {
    return List.of("default", "aicode-ai-daily");
  }

  /** Loads a configuration file: its {@code profile} (if any) with its own settings on top. */
  public static ValidationConfig load(Path file) {
    return load(file, null);
  }

  /**
   * Loads a configuration file, starting from {@code profileOverride} (a shipped profile's name) instead of the
   * file's own {@code profile} when it is given.
   */
  public static ValidationConfig load(Path file, @Nullable String profileOverride) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ConfigException("cannot read " + file + ": " + e.getMessage());
    }
    Map<String, Object> map = read(bytes, file.toString());
    ValidationConfig base = defaults();
    Object profile = profileOverride != null ? profileOverride : map.get("profile");
    if (profile != null) {
      String p = profile.toString();
      Path relative = file.toAbsolutePath().getParent() == null ? Path.of(p) : file.toAbsolutePath().getParent().resolve(p);
      base = p.endsWith(".yaml") || p.endsWith(".yml") ? load(relative) : profile(p);
    }
    return base.with(map, base.profile, file);
  }

  /**
   * The configuration for a post: the nearest {@code .digestkit.yaml} in its folder or a parent folder, or the
   * defaults when there is none.
   */
  public static ValidationConfig forPost(Path post) {
    Path found = find(post);
    return found == null ? defaults() : load(found);
  }

  /** The nearest {@code .digestkit.yaml} at or above {@code start}, or null. */
  public static @Nullable Path find(Path start) {
    Path dir = Files.isDirectory(start) ? start.toAbsolutePath() : start.toAbsolutePath().getParent();
    while (dir != null) {
      Path candidate = dir.resolve(FILE_NAME);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
      dir = dir.getParent();
    }
    return null;
  }

  /** The profile this configuration starts from. */
  public String profileName() {
    return profile;
  }

  /** The category that marks a digest, or null when every post is treated as one. */
  public @Nullable String digestCategory() {
    return digestCategory;
  }

  /** The settings configured for each rule id. */
  public Map<String, RuleSetting> rules() {
    return rules;
  }

  /** The setting for one rule. */
  public RuleSetting rule(String id) {
    return rules.getOrDefault(id, RuleSetting.DEFAULT);
  }

  /** A copy with one rule set (CLI overrides, programmatic configuration). */
  public ValidationConfig withRule(String id, RuleSetting setting) {
    Map<String, RuleSetting> copy = new LinkedHashMap<>(rules);
    copy.put(id, rule(id).overriddenBy(setting));
    return new ValidationConfig(profile, digestCategory, copy);
  }

  /** A copy that treats only posts of {@code category} as digests (null: all posts). */
  public ValidationConfig withDigestCategory(@Nullable String category) {
    return new ValidationConfig(profile, category, rules);
  }

  private ValidationConfig with(Map<String, Object> map, String profileName, @Nullable Path source) {
    String category = digestCategory;
    if (map.containsKey("digest-category")) {
      Object c = map.get("digest-category");
      category = c == null ? null : c.toString();
    }
    Map<String, RuleSetting> merged = new LinkedHashMap<>(rules);
    Object rs = map.get("rules");
    if (rs != null && !(rs instanceof Map)) {
      throw new ConfigException(where(source) + "'rules' must be a mapping of rule ids to settings");
    }
    if (rs instanceof Map<?, ?> ruleMap) {
      for (Map.Entry<?, ?> e : ruleMap.entrySet()) {
        String id = String.valueOf(e.getKey());
        merged.put(id, merged.getOrDefault(id, RuleSetting.DEFAULT).overriddenBy(setting(id, e.getValue(), source)));
      }
    }
    if (map.containsKey("frontMatter")) {
      merged.put(FRONT_MATTER_SCHEMA, merged.getOrDefault(FRONT_MATTER_SCHEMA, RuleSetting.DEFAULT)
          .overriddenBy(frontMatterSchema(map.get("frontMatter"), source)));
    }
    for (String key : map.keySet()) {
      if (!List.of("profile", "digest-category", "rules", "frontMatter", "name", "description").contains(key)) {
        throw new ConfigException(where(source) + "unknown key '" + key
            + "' (expected profile, digest-category, rules, frontMatter)");
      }
    }
    return new ValidationConfig(profileName, category, merged);
  }

  /** The rule that checks the front matter against the schema named by {@code frontMatter: {schema: …}}. */
  private static final String FRONT_MATTER_SCHEMA = "front-matter-schema";

  /** {@code frontMatter: {schema: file}}: the schema file, resolved against the configuration file's folder. */
  private static RuleSetting frontMatterSchema(@Nullable Object value, @Nullable Path source) {
    if (!(value instanceof Map<?, ?> m) || !(m.get("schema") instanceof String name) || m.size() != 1) {
      throw new ConfigException(where(source) + "'frontMatter' must be a mapping with one key, schema: a JSON Schema"
          + " file");
    }
    Path folder = source == null ? null : source.toAbsolutePath().getParent();
    Path schema = folder == null ? Path.of(name) : folder.resolve(name);
    if (!Files.isRegularFile(schema) || !Files.isReadable(schema)) {
      throw new ConfigException(where(source) + "frontMatter.schema: cannot read " + schema);
    }
    try {
      Yaml.MAPPER.readTree(Files.readAllBytes(schema)); // JSON is YAML: one reader tells both apart from garbage
    } catch (IOException | JacksonException e) {
      String at = e instanceof JacksonException je && je.getLocation() != null
          ? ":" + je.getLocation().getLineNr() + ":" + je.getLocation().getColumnNr() : "";
      String problem = e instanceof JacksonException je ? je.getOriginalMessage() : e.getMessage();
      throw new ConfigException(where(source) + "frontMatter.schema: " + schema + at + ": " + problem);
    }
    return new RuleSetting(null, null, new RuleOptions(Map.of("schema", schema.toAbsolutePath().toString())));
  }

  private static RuleSetting setting(String id, @Nullable Object value, @Nullable Path source) {
    if (value == null) {
      return RuleSetting.DEFAULT;
    }
    if (value instanceof Boolean b) {
      return new RuleSetting(b, null, RuleOptions.NONE);
    }
    if (value instanceof String s) {
      String t = s.strip().toLowerCase(java.util.Locale.ROOT);
      if (t.equals("off") || t.equals("false")) {
        return new RuleSetting(false, null, RuleOptions.NONE);
      }
      if (t.equals("on") || t.equals("true")) {
        return new RuleSetting(true, null, RuleOptions.NONE);
      }
      try {
        return new RuleSetting(true, Severity.of(t), RuleOptions.NONE);
      } catch (IllegalArgumentException e) {
        throw new ConfigException(where(source) + "rule " + id + ": " + e.getMessage());
      }
    }
    if (value instanceof Map<?, ?> m) {
      Map<String, Object> options = new LinkedHashMap<>();
      Boolean enabled = null;
      Severity severity = null;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        String k = String.valueOf(e.getKey());
        if (k.equals("severity")) {
          String sv = String.valueOf(e.getValue());
          if (sv.equals("off")) {
            enabled = false;
          } else {
            try {
              severity = Severity.of(sv);
            } catch (IllegalArgumentException ex) {
              throw new ConfigException(where(source) + "rule " + id + ": " + ex.getMessage());
            }
          }
        } else if (k.equals("enabled")) {
          enabled = Boolean.parseBoolean(String.valueOf(e.getValue()));
        } else {
          options.put(k, e.getValue());
        }
      }
      return new RuleSetting(enabled, severity, new RuleOptions(options));
    }
    throw new ConfigException(where(source) + "rule " + id + ": expected off, a severity or a mapping");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> read(byte[] bytes, String what) {
    try {
      Object value = Yaml.MAPPER.readValue(bytes, Object.class);
      if (value == null) {
        return Map.of();
      }
      if (!(value instanceof Map)) {
        throw new ConfigException(what + ": expected a mapping");
      }
      return (Map<String, Object>) value;
    } catch (JacksonException e) {
      String at = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
      throw new ConfigException(what + at + ": " + e.getOriginalMessage());
    }
  }

  private static String where(@Nullable Path source) {
    return source == null ? "" : source + ": ";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ValidationConfig c && c.profile.equals(profile) && Objects.equals(c.digestCategory,
        digestCategory) && c.rules.equals(rules);
  }

  @Override
  public int hashCode() {
    return Objects.hash(profile, digestCategory, rules);
  }

  /** A configuration file or profile that cannot be used. */
  public static final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An exception with a message that names the file. */
    public ConfigException(String message) {
      super(message);
    }
  }
}
