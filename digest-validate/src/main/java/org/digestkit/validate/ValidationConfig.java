package org.digestkit.validate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.digestkit.validate.ConfigYaml.Node;
import org.digestkit.validate.ConfigYaml.Origin;
import org.digestkit.validate.spi.RuleOptions;
import org.jspecify.annotations.Nullable;

/**
 * Which rules run, how severe they are and with which options, and which posts count as digests. The general
 * digest format is the default; a named profile ({@code aicode-ai-daily} ships as an example) and a
 * {@code .digestkit.yaml} file layer on top:
 *
 * <pre>{@code
 * profile: aicode-ai-daily          # start from a shipped profile (or a path to a profile file)
 * digests:                          # which posts get the digest rules (default: posts with a digest's shape)
 *   when: {category: AI 日报}
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
 * An empty file means no settings. Every problem — YAML syntax, an unknown key, a key given twice, a wrong
 * severity — is a {@link ConfigException} that names the file, line and column; rule ids and option values are
 * checked against the rules when a {@link DigestValidator} is built from the configuration (see
 * {@link org.digestkit.validate.spi.RuleOption}). Immutable.
 */
public final class ValidationConfig {

  /** The name of the configuration file looked for next to posts and in their parent folders. */
  public static final String FILE_NAME = ".digestkit.yaml";

  /** The keys of a rule's settings that are not its options: a rule may not declare an option under one. */
  static final List<String> SETTING_KEYS = List.of("severity", "enabled");
  private static final List<String> TOP_KEYS = List.of("profile", "digests", "heading-ids", "frontMatter", "rules",
      "name", "description");
  private static final List<String> DIGESTS_KEYS = List.of("when", "include", "exclude");

  private final String profile;
  private final DigestSelection digests;
  private final Map<String, RuleSetting> rules;
  /** Where each rule's setting and each of its options was last set (absent for programmatic settings). */
  private final Map<String, Origin> ruleOrigins;
  private final Map<String, Map<String, Origin>> optionOrigins;
  private final Map<String, Map<String, Origin>> optionKeyOrigins;
  private final @Nullable String headingIds;

  private ValidationConfig(String profile, DigestSelection digests, Map<String, RuleSetting> rules,
      Map<String, Origin> ruleOrigins, Map<String, Map<String, Origin>> optionOrigins,
      Map<String, Map<String, Origin>> optionKeyOrigins, @Nullable String headingIds) {
    this.profile = profile;
    this.headingIds = headingIds;
    this.digests = digests;
    this.rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
    this.ruleOrigins = Collections.unmodifiableMap(new LinkedHashMap<>(ruleOrigins));
    Map<String, Map<String, Origin>> options = new LinkedHashMap<>();
    optionOrigins.forEach((k, v) -> options.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
    this.optionOrigins = Collections.unmodifiableMap(options);
    Map<String, Map<String, Origin>> keys = new LinkedHashMap<>();
    optionKeyOrigins.forEach((k, v) -> keys.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
    this.optionKeyOrigins = Collections.unmodifiableMap(keys);
  }

  /** {@return the general digest format: every rule at its default, digests told by their shape} */
  public static ValidationConfig defaults() {
    return new ValidationConfig("default", DigestSelection.byShape(), Map.of(), Map.of(), Map.of(), Map.of(),
        null);
  }

  /**
   * {@return a shipped profile by name ({@code default}, {@code aicode-ai-daily})}
   *
   * @param name the name
   */
  public static ValidationConfig profile(String name) {
    if (name.equals("default")) {
      return defaults();
    }
    if (!name.matches("[a-z0-9][a-z0-9-]*")) {
      throw new ConfigException("unknown profile '" + name + "'" + ConfigYaml.didYouMean(name, shippedProfiles())
          + " (shipped: " + String.join(", ", shippedProfiles()) + ")");
    }
    try (InputStream in = ValidationConfig.class.getResourceAsStream("profiles/" + name + ".yaml")) {
      if (in == null) {
        throw new ConfigException("unknown profile '" + name + "'" + ConfigYaml.didYouMean(name, shippedProfiles())
            + " (shipped: " + String.join(", ", shippedProfiles()) + ")");
      }
      return defaults().with(ConfigYaml.read(in.readAllBytes(), "profile " + name), name, null);
    } catch (IOException e) {
      throw new ConfigException("cannot read profile '" + name + "': " + e.getMessage());
    }
  }

  /** {@return the names of the shipped profiles} */
  public static List<String> shippedProfiles() {
    return List.of("default", "aicode-ai-daily");
  }

  /**
   * Loads a configuration file: its {@code profile} (if any) with its own settings on top.
   *
   * @param file the file
   * @return the configuration
   */
  public static ValidationConfig load(Path file) {
    return load(file, null);
  }

  /**
   * Loads a configuration file, starting from {@code profileOverride} (a shipped profile's name) instead of the
   * file's own {@code profile} when it is given.
   *
   * @param file the file
   * @param profileOverride the profile to use instead of the file's {@code profile:}, or null
   * @return the configuration
   */
  public static ValidationConfig load(Path file, @Nullable String profileOverride) {
    return load(file, profileOverride, new ArrayList<>());
  }

  private static ValidationConfig load(Path file, @Nullable String profileOverride, List<Path> loading) {
    Path absolute = file.toAbsolutePath().normalize();
    if (loading.contains(absolute)) {
      throw new ConfigException(file + ": profiles include each other (" + loading.get(0) + " … " + file + ")");
    }
    loading.add(absolute);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new ConfigException("cannot read " + file + ": no such file");
    } catch (java.nio.file.AccessDeniedException e) {
      throw new ConfigException("cannot read " + file + ": permission denied");
    } catch (IOException e) {
      throw new ConfigException("cannot read " + file + ": " + (Files.isDirectory(file) ? "it is a folder"
          : e.getMessage()));
    }
    Map<String, Node> map = ConfigYaml.read(bytes, file.toString());
    ValidationConfig base = defaults();
    Node profileNode = map.get("profile");
    if (profileOverride != null) {
      base = profile(profileOverride);
    } else if (profileNode != null && profileNode.value() != null) {
      if (!(profileNode.value() instanceof String p)) {
        throw new ConfigException(profileNode.origin().at() + "'profile' must be a profile name or a path");
      }
      Path folder = absolute.getParent();
      try {
        base = p.endsWith(".yaml") || p.endsWith(".yml") ? load(folder == null ? Path.of(p) : folder.resolve(p),
            null, loading) : profile(p);
      } catch (ConfigException e) {
        throw e.getMessage().startsWith("unknown profile") ? new ConfigException(profileNode.origin().at()
            + e.getMessage()) : e;
      }
    }
    return base.with(map, base.profile, absolute.getParent());
  }

  /**
   * {@return the configuration for a post: the nearest {@code .digestkit.yaml} in its folder or a parent folder, or the
   * defaults when there is none}
   *
   * @param post the post
   */
  public static ValidationConfig forPost(Path post) {
    Path found = find(post);
    return found == null ? defaults() : load(found);
  }

  /**
   * {@return the nearest {@code .digestkit.yaml} at or above {@code start}, or null}
   *
   * @param start the start offset
   */
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

  /** {@return the profile this configuration starts from} */
  public String profileName() {
    return profile;
  }

  /** {@return which posts count as digests: digest rules run only on them} */
  public DigestSelection digests() {
    return digests;
  }

  /**
   * {@return the heading id style the profile promises for rendered HTML ({@code github}, {@code aicode}), or null
   * when it names none} Validation does not use it; {@code digest render} does.
   */
  public @Nullable String headingIds() {
    return headingIds;
  }

  /** {@return the settings configured for each rule id} */
  public Map<String, RuleSetting> rules() {
    return rules;
  }

  /**
   * {@return the setting for one rule}
   *
   * @param id the id
   */
  public RuleSetting rule(String id) {
    return rules.getOrDefault(id, RuleSetting.DEFAULT);
  }

  /**
   * {@return a copy with one rule set (CLI overrides, programmatic configuration)}
   *
   * @param id the id
   * @param setting the rule's setting
   */
  public ValidationConfig withRule(String id, RuleSetting setting) {
    Map<String, RuleSetting> copy = new LinkedHashMap<>(rules);
    copy.put(id, rule(id).overriddenBy(setting));
    return new ValidationConfig(profile, digests, copy, ruleOrigins, optionOrigins, optionKeyOrigins,
        headingIds);
  }

  /**
   * {@return a copy that counts the posts {@code selection} selects as digests}
   *
   * @param selection which posts are digests
   */
  public ValidationConfig withDigests(DigestSelection selection) {
    return new ValidationConfig(profile, Objects.requireNonNull(selection, "selection"), rules, ruleOrigins,
        optionOrigins, optionKeyOrigins, headingIds);
  }

  /** Where the setting of rule {@code id} was written, as a message prefix ({@code file:line:column: }), or "". */
  String whereRule(String id) {
    Origin o = ruleOrigins.get(id);
    return o == null ? "" : o.at();
  }

  /** Where option {@code key} of rule {@code id} was written, as a message prefix, or where the rule was. */
  String whereOption(String id, String key) {
    Origin o = optionOrigins.getOrDefault(id, Map.of()).get(key);
    return o == null ? whereRule(id) : o.at();
  }

  /** Where the key of option {@code key} of rule {@code id} was written, as a message prefix, or "". */
  String whereOptionKey(String id, String key) {
    Origin o = optionKeyOrigins.getOrDefault(id, Map.of()).get(key);
    return o == null ? whereRule(id) : o.at();
  }

  private ValidationConfig with(Map<String, Node> map, String profileName, @Nullable Path folder) {
    for (Map.Entry<String, Node> e : map.entrySet()) {
      if (!TOP_KEYS.contains(e.getKey())) {
        throw new ConfigException(e.getValue().key().at() + "unknown key '" + e.getKey() + "'"
            + ConfigYaml.didYouMean(e.getKey(), TOP_KEYS) + " (expected profile, digests, heading-ids, frontMatter, rules)");
      }
    }
    DigestSelection selection = map.containsKey("digests") ? digests(map.get("digests"), folder) : digests;
    Map<String, RuleSetting> merged = new LinkedHashMap<>(rules);
    Map<String, Origin> origins = new LinkedHashMap<>(ruleOrigins);
    Map<String, Map<String, Origin>> options = new LinkedHashMap<>(optionOrigins);
    Map<String, Map<String, Origin>> optionKeys = new LinkedHashMap<>(optionKeyOrigins);
    Node rs = map.get("rules");
    if (rs != null && rs.value() != null) {
      Map<String, Node> ruleMap = rs.mapping();
      if (ruleMap == null) {
        throw new ConfigException(rs.origin().at() + "'rules' must be a mapping of rule ids to settings");
      }
      for (Map.Entry<String, Node> e : ruleMap.entrySet()) {
        String id = e.getKey();
        merged.put(id, merged.getOrDefault(id, RuleSetting.DEFAULT).overriddenBy(setting(id, e.getValue())));
        origins.put(id, e.getValue().key());
        Map<String, Node> values = e.getValue().mapping();
        if (values != null) {
          Map<String, Origin> at = new LinkedHashMap<>(options.getOrDefault(id, Map.of()));
          values.forEach((k, v) -> at.put(k, v.origin()));
          Map<String, Origin> keysAt = new LinkedHashMap<>(optionKeys.getOrDefault(id, Map.of()));
          values.forEach((k, v) -> keysAt.put(k, v.key()));
          optionKeys.put(id, keysAt);
          options.put(id, at);
        }
      }
    }
    if (map.containsKey("frontMatter")) {
      merged.put(FRONT_MATTER_SCHEMA, merged.getOrDefault(FRONT_MATTER_SCHEMA, RuleSetting.DEFAULT)
          .overriddenBy(frontMatterSchema(map.get("frontMatter"), folder)));
    }
    String ids = headingIds;
    Node idsNode = map.get("heading-ids");
    if (idsNode != null) {
      if (!(idsNode.value() instanceof String style) || !List.of("github", "aicode").contains(style.strip())) {
        throw new ConfigException(idsNode.origin().at() + "'heading-ids' must be a style name (github, aicode)");
      }
      ids = style.strip();
    }
    return new ValidationConfig(profileName, selection, merged, origins, options, optionKeys, ids);
  }

  private static DigestSelection digests(Node node, @Nullable Path folder) {
    if (node.value() instanceof String s && s.strip().equalsIgnoreCase("all")) {
      return DigestSelection.all();
    }
    if (node.value() == null || node.value() instanceof String s && s.strip().equalsIgnoreCase("shape")) {
      return DigestSelection.byShape();
    }
    Map<String, Node> map = node.mapping();
    if (map == null) {
      throw new ConfigException(node.origin().at() + "'digests' must be all, shape, or a mapping with when, "
          + "include and exclude");
    }
    Map<String, List<String>> when = new LinkedHashMap<>();
    List<String> include = List.of();
    List<String> exclude = List.of();
    for (Map.Entry<String, Node> e : map.entrySet()) {
      switch (e.getKey()) {
        case "when" -> {
          Map<String, Node> conditions = e.getValue().mapping();
          if (conditions == null) {
            throw new ConfigException(e.getValue().origin().at() + "'when' must map front-matter keys to values "
                + "(category: AI 日报)");
          }
          conditions.forEach((k, v) -> when.put(k, strings(v, "digests.when." + k)));
        }
        case "include" -> include = globs(e.getValue(), "include");
        case "exclude" -> exclude = globs(e.getValue(), "exclude");
        default -> throw new ConfigException(e.getValue().key().at() + "unknown key '" + e.getKey() + "' under "
            + "digests" + ConfigYaml.didYouMean(e.getKey(), DIGESTS_KEYS) + " (expected when, include, exclude)");
      }
    }
    return DigestSelection.of(when, include, exclude, folder);
  }

  private static List<String> globs(Node node, String key) {
    List<String> globs = strings(node, "digests." + key);
    for (String g : globs) {
      try {
        java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + g);
      } catch (IllegalArgumentException e) {
        throw new ConfigException(node.origin().at() + "'" + g + "' is not a valid glob: " + e.getMessage());
      }
    }
    return globs;
  }

  /** A string or a list of scalars, as strings. */
  private static List<String> strings(Node node, String what) {
    Object v = node.value();
    if (v instanceof List<?> list) {
      List<String> out = new ArrayList<>();
      for (Object o : list) {
        Node item = (Node) o;
        if (item.value() == null || item.value() instanceof Map || item.value() instanceof List) {
          throw new ConfigException(item.origin().at() + "'" + what + "' must be a value or a list of values");
        }
        out.add(String.valueOf(item.value()));
      }
      return out;
    }
    if (v == null || v instanceof Map) {
      throw new ConfigException(node.origin().at() + "'" + what + "' must be a value or a list of values");
    }
    return List.of(String.valueOf(v));
  }

  /** The rule that checks the front matter against the schema named by {@code frontMatter: {schema: …}}. */
  private static final String FRONT_MATTER_SCHEMA = "front-matter-schema";

  /** {@code frontMatter: {schema: file}}: the schema file, resolved against the configuration file's folder. */
  private static RuleSetting frontMatterSchema(Node node, @Nullable Path folder) {
    Map<String, Node> m = node.mapping();
    if (m == null || m.size() != 1 || !(m.get("schema") != null && m.get("schema").value() instanceof String name)) {
      throw new ConfigException(node.origin().at() + "'frontMatter' must be a mapping with one key, schema: a JSON "
          + "Schema file");
    }
    Path schema = folder == null ? Path.of(name) : folder.resolve(name);
    String at = m.get("schema").origin().at();
    if (!Files.isRegularFile(schema) || !Files.isReadable(schema)) {
      throw new ConfigException(at + "frontMatter.schema: cannot read " + schema);
    }
    try {
      ConfigYaml.read(Files.readAllBytes(schema), schema.toString()); // JSON is YAML: one reader checks both
    } catch (IOException e) {
      throw new ConfigException(at + "frontMatter.schema: cannot read " + schema);
    } catch (ConfigException e) {
      throw new ConfigException(at + "frontMatter.schema: " + e.getMessage());
    }
    return new RuleSetting(null, null, new RuleOptions(Map.of("schema", schema.toAbsolutePath().toString())));
  }

  private static RuleSetting setting(String id, Node node) {
    Object value = node.value();
    if (value == null) {
      return RuleSetting.DEFAULT;
    }
    if (value instanceof Boolean b) {
      return new RuleSetting(b, null, RuleOptions.NONE);
    }
    if (value instanceof String s) {
      String t = s.strip().toLowerCase(Locale.ROOT);
      if (t.equals("off") || t.equals("false")) {
        return new RuleSetting(false, null, RuleOptions.NONE);
      }
      if (t.equals("on") || t.equals("true")) {
        return new RuleSetting(true, null, RuleOptions.NONE);
      }
      return new RuleSetting(true, severity(t, node, id), RuleOptions.NONE);
    }
    Map<String, Node> m = node.mapping();
    if (m == null) {
      throw new ConfigException(node.origin().at() + "rule " + id + ": expected off, a severity (error, warning, "
          + "info) or a mapping with severity and options");
    }
    Map<String, Object> options = new LinkedHashMap<>();
    Boolean enabled = null;
    Severity severity = null;
    for (Map.Entry<String, Node> e : m.entrySet()) {
      Node v = e.getValue();
      switch (e.getKey()) {
        case "severity" -> {
          if (!(v.value() instanceof String sv)) {
            throw new ConfigException(v.origin().at() + "rule " + id + ": severity must be error, warning, info "
                + "or off");
          }
          if (sv.strip().equalsIgnoreCase("off")) {
            enabled = false;
          } else {
            severity = severity(sv.strip().toLowerCase(Locale.ROOT), v, id);
          }
        }
        case "enabled" -> {
          if (!(v.value() instanceof Boolean b)) {
            throw new ConfigException(v.origin().at() + "rule " + id + ": enabled must be true or false");
          }
          enabled = b;
        }
        default -> options.put(e.getKey(), v.plain());
      }
    }
    return new RuleSetting(enabled, severity, new RuleOptions(options));
  }

  private static Severity severity(String text, Node node, String id) {
    try {
      return Severity.of(text);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(node.origin().at() + "rule " + id + ": '" + text + "' is not a severity (error, "
          + "warning, info or off)" + ConfigYaml.didYouMean(text, List.of("error", "warning", "info", "off")));
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ValidationConfig c && c.profile.equals(profile) && c.digests.equals(digests)
        && c.rules.equals(rules) && Objects.equals(c.headingIds, headingIds);
  }

  @Override
  public int hashCode() {
    return Objects.hash(profile, digests, rules, headingIds);
  }

  /** {@return the profile, the digest selection and the rules' settings, for logs and test failures} */
  @Override
  public String toString() {
    return "ValidationConfig[profile=" + profile + ", digests=" + digests + ", rules=" + rules
        + (headingIds == null ? "" : ", headingIds=" + headingIds) + "]";
  }

  /** A configuration file or profile that cannot be used; the message names the file, line and column. */
  public static final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception with a message that names the file.
     *
     * @param message the message, in plain words
     */
    public ConfigException(String message) {
      super(message);
    }
  }
}
