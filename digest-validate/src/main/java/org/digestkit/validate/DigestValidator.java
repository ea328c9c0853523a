package org.digestkit.validate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.digestkit.core.Digest;
import org.digestkit.core.DigestParseException;
import org.digestkit.core.DigestParser;
import org.digestkit.validate.internal.PostAnalysis;
import org.digestkit.validate.rules.FrontMatterConstraintRule;
import org.digestkit.validate.spi.DigestRule;
import org.digestkit.validate.spi.LinkOccurrence;
import org.digestkit.validate.spi.Position;
import org.digestkit.validate.spi.RuleContext;
import org.digestkit.validate.spi.RuleOption;
import org.digestkit.validate.spi.RuleOptions;
import org.jspecify.annotations.Nullable;

/**
 * Checks posts against a set of rules. Build it once from a {@link ValidationConfig} — it finds the rules on the
 * class path with {@link ServiceLoader}, built-in and third-party alike — then call {@link #validate} from any
 * number of threads. Validation never throws for a bad post: a post that does not parse is reported as a
 * {@code parse-error} finding, and a rule that fails is reported as a {@code rule-failure} finding.
 *
 * <pre>{@code
 * DigestValidator validator = DigestValidator.of(ValidationConfig.profile("aicode-ai-daily"));
 * ValidationReport report = validator.validate(Path.of("posts/2026-07-02.md"));
 * report.findings().forEach(f -> System.out.println(f.line() + ":" + f.column() + " " + f.rule() + " " + f.message()));
 * }</pre>
 */
public final class DigestValidator {

  /** The rule id of findings for posts that do not parse. */
  public static final String PARSE_ERROR = "parse-error";

  /** The rule id of findings for a rule that failed while checking a post. */
  public static final String RULE_FAILURE = "rule-failure";

  /**
   * The ids the validator reports itself, besides its rules, each with one line on what it means: always on,
   * always errors, documented in {@code docs/rules} like the rules.
   */
  public static final Map<String, String> BUILT_IN = builtIn();

  private static Map<String, String> builtIn() {
    Map<String, String> ids = new LinkedHashMap<>();
    ids.put(PARSE_ERROR, "the post can be read (UTF-8, front matter, limits)");
    ids.put(RULE_FAILURE, "every rule could check the post (a rule that fails is reported, not thrown)");
    return Collections.unmodifiableMap(ids);
  }

  /** A rule as configured: on or off, with its severity and options. */
  public record ActiveRule(DigestRule rule, boolean enabled, Severity severity, RuleOptions options) {

    /** {@return the setting with the rule named by its id, as {@code ActiveRule[rule=link-unsafe, enabled=true, …]}} */
    @Override
    public String toString() {
      return "ActiveRule[rule=" + rule.id() + ", enabled=" + enabled + ", severity=" + severity + ", options="
          + options + "]";
    }
  }

  private final ValidationConfig config;
  private final List<ActiveRule> rules;
  private final DigestParser parser;

  private DigestValidator(ValidationConfig config, List<DigestRule> available, DigestParser parser) {
    this.config = config;
    this.parser = parser;
    Map<String, DigestRule> byId = new LinkedHashMap<>();
    for (DigestRule r : available) {
      String id = checked(r);
      DigestRule other = byId.putIfAbsent(id, r);
      if (other != null) {
        throw new ValidationConfig.ConfigException("two rules have the id '" + id + "': "
            + other.getClass().getName() + " and " + r.getClass().getName());
      }
    }
    for (Map.Entry<String, RuleSetting> e : config.rules().entrySet()) {
      DigestRule rule = byId.get(e.getKey());
      if (rule == null) {
        throw new ValidationConfig.ConfigException(config.whereRule(e.getKey()) + "unknown rule '" + e.getKey()
            + "'" + ConfigYaml.didYouMean(e.getKey(), byId.keySet()) + " (see `digest rules`)");
      }
      checkOptions(config, rule, e.getValue().options());
    }
    List<ActiveRule> active = new ArrayList<>();
    for (DigestRule r : byId.values()) {
      RuleSetting s = config.rule(r.id());
      boolean enabled = s.enabled() != null ? s.enabled() : (s.severity() != null || r.enabledByDefault());
      active.add(new ActiveRule(r, enabled, s.severity() != null ? s.severity() : r.defaultSeverity(), s.options()));
    }
    active.sort((a, b) -> a.rule().id().compareTo(b.rule().id()));
    this.rules = Collections.unmodifiableList(active);
  }

  /** The form of a rule id: lowercase letters and digits in words joined by single hyphens. */
  private static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /**
   * {@return the rule's id, once the rule is checked} Refuses a rule whose id is not kebab-case or one the validator reports itself, whose
   * description, default severity or declared options are missing, or that declares an option under a key
   * settings use; a rule that throws while saying what it is, too (each error names the rule's class).
   */
  private static String checked(DigestRule rule) {
    String type = rule.getClass().getName();
    try {
      return checkedDeclarations(rule, type);
    } catch (RuntimeException e) {
      if (e instanceof ValidationConfig.ConfigException) {
        throw e;
      }
      throw new ValidationConfig.ConfigException("rule " + type + " failed to say what it is: " + e);
    }
  }

  private static String checkedDeclarations(DigestRule rule, String type) {
    String id = rule.id();
    if (id == null || !KEBAB_CASE.matcher(id).matches()) {
      throw new ValidationConfig.ConfigException("rule " + type + " has the id "
          + (id == null ? "null" : "'" + id + "'")
          + ", which is not kebab-case (lowercase letters and digits joined by hyphens, as in 'label-corrupted')");
    }
    if (BUILT_IN.containsKey(id)) {
      throw new ValidationConfig.ConfigException("rule " + type + " has the id '" + id
          + "', which the validator reserves for its own findings (reserved: " + String.join(", ", BUILT_IN.keySet())
          + ")");
    }
    if (rule.description() == null || rule.defaultSeverity() == null || rule.declaredOptions() == null) {
      throw new ValidationConfig.ConfigException("rule " + type + " ('" + id + "') has no "
          + (rule.description() == null ? "description" : rule.defaultSeverity() == null ? "default severity"
              : "list of declared options (an empty list if it has none)"));
    }
    for (RuleOption o : rule.declaredOptions()) {
      if (o == null || ValidationConfig.SETTING_KEYS.contains(o.key())) {
        throw new ValidationConfig.ConfigException("rule " + type + " ('" + id + "') declares "
            + (o == null ? "a null option" : "an option '" + o.key() + "', a key every rule's settings use"));
      }
    }
    return id;
  }

  /**
   * {@return the rules {@code loader} provides as services} A broken registration — a provider class that is
   * missing, cannot be loaded or instantiated, or is not a rule — is a configuration error naming the provider,
   * never a {@link ServiceConfigurationError} from deep in a run.
   *
   * @param loader the class loader whose {@code META-INF/services} (or module {@code provides}) to read
   */
  static List<DigestRule> discover(ClassLoader loader) {
    List<DigestRule> found = new ArrayList<>();
    Iterator<DigestRule> it = ServiceLoader.load(DigestRule.class, loader).iterator();
    while (true) {
      try {
        if (!it.hasNext()) {
          return found;
        }
        found.add(it.next());
      } catch (ServiceConfigurationError | LinkageError e) {
        throw new ValidationConfig.ConfigException("cannot load a rule registered for " + DigestRule.class.getName()
            + " (META-INF/services or a module's provides): " + providerProblem(e));
      }
    }
  }

  /** The problem in plain words: ServiceLoader's message without the service's name, with the cause's. */
  private static String providerProblem(Throwable e) {
    String message = String.valueOf(e.getMessage()).replaceFirst("^" + Pattern.quote(
        DigestRule.class.getName()) + ": ", "");
    if (e instanceof LinkageError) {
      message = e.getClass().getSimpleName() + ": " + message;
    }
    Throwable cause = e.getCause();
    if (cause != null && cause.getMessage() != null && !message.contains(cause.getMessage())) {
      message += " (" + cause.getMessage() + ")";
    }
    return message;
  }

  /** Refuses options {@code rule} does not declare, and values of the wrong type or out of range. */
  private static void checkOptions(ValidationConfig config, DigestRule rule, RuleOptions options) {
    Map<String, RuleOption> declared = new LinkedHashMap<>();
    for (RuleOption o : rule.declaredOptions()) {
      declared.put(o.key(), o);
    }
    for (Map.Entry<String, Object> e : options.asMap().entrySet()) {
      RuleOption option = declared.get(e.getKey());
      if (option == null) {
        String at = config.whereOptionKey(rule.id(), e.getKey());
        List<String> known = new ArrayList<>(declared.keySet());
        known.add("severity");
        known.add("enabled");
        throw new ValidationConfig.ConfigException(at + "rule " + rule.id() + " has no option '" + e.getKey() + "'"
            + ConfigYaml.didYouMean(e.getKey(), known) + " (it takes " + String.join(", ", known) + ")");
      }
      String problem = option.problem(e.getValue());
      if (problem != null) {
        throw new ValidationConfig.ConfigException(config.whereOption(rule.id(), e.getKey()) + "rule " + rule.id() + ": option '" + e.getKey() + "' "
            + problem);
      }
    }
  }

  /**
   * {@return a validator for {@code config} with every rule found on the class path}
   *
   * @param config the configuration
   */
  public static DigestValidator of(ValidationConfig config) {
    return builder().config(config).build();
  }

  /** {@return a validator for the general format's defaults} */
  public static DigestValidator defaults() {
    return of(ValidationConfig.defaults());
  }

  /** {@return a builder, to add rules programmatically or use another parser} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the configuration in force} */
  public ValidationConfig config() {
    return config;
  }

  /** {@return every known rule with its setting, sorted by id} */
  public List<ActiveRule> rules() {
    return rules;
  }

  /**
   * Reads, parses and validates a file; a post that does not parse becomes a {@code parse-error} finding.
   *
   * @param file the file
   * @return the findings for the file (a post that cannot be read has one parse-error finding)
   * @throws IOException when the file cannot be read
   */
  public ValidationReport validate(Path file) throws IOException {
    String name = file.toString();
    String text;
    DigestParser.Indexed parsed;
    try {
      text = parser.readText(file);
      parsed = parser.parseIndexed(text, name);
    } catch (DigestParseException e) {
      return parseError(name, e);
    }
    return check(parsed, text, name);
  }

  /**
   * Parses and validates text; a post that does not parse becomes a {@code parse-error} finding.
   *
   * @param markdown the post's Markdown text
   * @param file the file
   * @return the findings
   */
  public ValidationReport validate(String markdown, @Nullable String file) {
    DigestParser.Indexed parsed;
    try {
      parsed = parser.parseIndexed(markdown, file);
    } catch (DigestParseException e) {
      return parseError(file, e);
    }
    return check(parsed, markdown, file);
  }

  /**
   * Validates a post.
   *
   * @param digest the post
   * @return the findings
   */
  public ValidationReport validate(Digest digest) {
    return validate(digest, null);
  }

  /**
   * Validates a post as it would be written, so that findings have the positions of the written file even
   * when the post was built or edited (a parsed, unedited post is written back as it was read).
   *
   * @param digest the post
   * @param file the file
   * @return the findings
   */
  public ValidationReport validate(Digest digest, @Nullable String file) {
    return validate(digest.toMarkdown(), file);
  }

  /** Validates a post parsed from {@code text} (with the parser's index of its lines). */
  private ValidationReport check(DigestParser.Indexed parsed, String text, @Nullable String file) {
    Digest post = parsed.digest();
    PostAnalysis analysis = new PostAnalysis(post, text, parsed.lines());
    boolean isDigest = config.digests().isDigest(post, file);
    List<Finding> findings = new ArrayList<>();
    for (ActiveRule active : rules) {
      if (!active.enabled() || !isDigest && !active.rule().appliesToAllPosts()) {
        continue;
      }
      Context context = new Context(active, analysis, file, findings);
      try {
        active.rule().check(context);
      } catch (RuntimeException | StackOverflowError e) {
        // a rule's defect (a regular expression too deep for the stack, say) is a finding, never the run's end
        findings.add(new Finding(RULE_FAILURE, Severity.ERROR, "rule " + active.rule().id()
            + " could not check this post: " + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()),
            1, 1, null));
      }
    }
    return new ValidationReport(file, findings);
  }

  private static ValidationReport parseError(@Nullable String file, DigestParseException e) {
    return new ValidationReport(file, List.of(new Finding(PARSE_ERROR, Severity.ERROR,
        e.problem() + " [" + e.code() + "]", Math.max(1, e.line()), Math.max(1, e.column()), null)));
  }

  /** The context one rule sees for one post. */
  private static final class Context implements RuleContext {
    private final ActiveRule active;
    private final PostAnalysis analysis;
    private final @Nullable String file;
    private final List<Finding> sink;

    Context(ActiveRule active, PostAnalysis analysis, @Nullable String file, List<Finding> sink) {
      this.active = active;
      this.analysis = analysis;
      this.file = file;
      this.sink = sink;
    }

    @Override
    public Digest digest() {
      return analysis.digest();
    }

    @Override
    public String text() {
      return analysis.text();
    }

    @Override
    public @Nullable String file() {
      return file;
    }

    @Override
    public RuleOptions options() {
      return active.options();
    }

    @Override
    public List<LinkOccurrence> links() {
      return analysis.links();
    }

    @Override
    public Position position(int offset) {
      return analysis.position(offset);
    }

    @Override
    public int offset(int line, int column) {
      return analysis.offset(line, column);
    }

    @Override
    public String line(int line) {
      return analysis.line(line);
    }

    @Override
    public List<Integer> unusualCharacters() {
      return analysis.unusualCharacters();
    }

    @Override
    public <T> T shared(Class<T> type, Supplier<T> compute) {
      return analysis.shared(type, compute);
    }

    @Override
    public void report(int line, int column, String message) {
      report(line, column, message, null);
    }

    @Override
    public void report(int line, int column, String message, @Nullable Fix fix) {
      Objects.requireNonNull(message, "message");
      if (analysis.suppressions().suppresses(active.rule().id(), line)) {
        return;
      }
      // a position past the end of the post or of its line is the rule's mistake: it fails as rule-failure
      if (line > analysis.lineCount()) {
        throw new IllegalArgumentException("it reported line " + line + ", past the end of the post ("
            + analysis.lineCount() + " lines)");
      }
      int length = line >= 1 ? analysis.line(line).length() : 0;
      if (line >= 1 && column > length + 1) {
        throw new IllegalArgumentException("it reported column " + column + " of line " + line + ", which has "
            + length + " characters");
      }
      // findings are 1-based: a line below 1 means the whole file, reported at 1:1; a column below 1, column 1
      int at = Math.max(1, line);
      sink.add(new Finding(active.rule().id(), active.severity(), message, at, line < 1 ? 1 : Math.max(1, column),
          fix));
    }
  }

  /** Configures a {@link DigestValidator}. */
  public static final class Builder {
    private ValidationConfig config = ValidationConfig.defaults();
    private final List<DigestRule> extra = new ArrayList<>();
    private DigestParser parser = DigestParser.defaults();
    private boolean serviceLoader = true;
    private @Nullable FrontMatterConstraintRule frontMatterType;

    private Builder() {}

    /**
     * The configuration (default: the general format).
     *
     * @param value the value
     * @return this builder
     */
    public Builder config(ValidationConfig value) {
      this.config = Objects.requireNonNull(value, "config");
      return this;
    }

    /**
     * Adds a rule besides those found with {@link ServiceLoader}.
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder rule(DigestRule rule) {
      extra.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Whether to discover rules with {@link ServiceLoader} (default true).
     *
     * @param value the value
     * @return this builder
     */
    public Builder discoverRules(boolean value) {
      this.serviceLoader = value;
      return this;
    }

    /**
     * Checks every post's front matter against the site's own type: bound with {@code FrontMatter.as(type)}, then
     * validated with Hibernate Validator in {@code groups} (none: the default group). Each violation, and a value
     * that cannot bind, is a {@code front-matter-constraint} finding at the key's line and column, configured
     * like any rule.
     *
     * @param type the front-matter type, with Bean Validation constraints on its fields
     * @param groups the validation groups to check (default: the default group)
     * @return this builder
     */
    public Builder frontMatter(Class<?> type, Class<?>... groups) {
      this.frontMatterType = new FrontMatterConstraintRule(Objects.requireNonNull(type, "type"), groups);
      return this;
    }

    /**
     * The parser for posts given as text or files (default: {@link DigestParser#defaults()}).
     *
     * @param value the value
     * @return this builder
     */
    public Builder parser(DigestParser value) {
      this.parser = Objects.requireNonNull(value, "parser");
      return this;
    }

    /** {@return the validator} */
    public DigestValidator build() {
      List<DigestRule> all = new ArrayList<>();
      if (serviceLoader) {
        all.addAll(discover(DigestValidator.class.getClassLoader()));
      }
      all.addAll(extra);
      if (frontMatterType != null) {
        all.removeIf(r -> r.id().equals(FrontMatterConstraintRule.ID));
        all.add(frontMatterType);
      }
      return new DigestValidator(config, all, parser);
    }
  }
}
