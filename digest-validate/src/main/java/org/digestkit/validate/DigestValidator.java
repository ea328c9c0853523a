package org.digestkit.validate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.ServiceLoader;
import org.digestkit.core.Digest;
import org.digestkit.core.DigestParseException;
import org.digestkit.core.DigestParser;
import org.digestkit.core.LineIndex;
import org.digestkit.validate.internal.PostAnalysis;
import org.digestkit.validate.rules.FrontMatterConstraintRule;
import org.digestkit.validate.spi.DigestRule;
import org.digestkit.validate.spi.LinkOccurrence;
import org.digestkit.validate.spi.RuleContext;
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

  /** A rule as configured: on or off, with its severity and options. */
  public record ActiveRule(DigestRule rule, boolean enabled, Severity severity, RuleOptions options) {}

  private final ValidationConfig config;
  private final List<ActiveRule> rules;
  private final DigestParser parser;

  private DigestValidator(ValidationConfig config, List<DigestRule> available, DigestParser parser) {
    this.config = config;
    this.parser = parser;
    Map<String, DigestRule> byId = new LinkedHashMap<>();
    for (DigestRule r : available) {
      if (byId.putIfAbsent(r.id(), r) != null) {
        throw new ValidationConfig.ConfigException("two rules have the id '" + r.id() + "'");
      }
    }
    for (String id : config.rules().keySet()) {
      if (!byId.containsKey(id)) {
        throw new ValidationConfig.ConfigException("unknown rule '" + id + "' in profile " + config.profileName()
            + " (see `digest rules`)");
      }
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

  /** A validator for {@code config} with every rule found on the class path. */
  public static DigestValidator of(ValidationConfig config) {
    return builder().config(config).build();
  }

  /** A validator for the general format's defaults. */
  public static DigestValidator defaults() {
    return of(ValidationConfig.defaults());
  }

  /** A builder, to add rules programmatically or use another parser. */
  public static Builder builder() {
    return new Builder();
  }

  /** The configuration in force. */
  public ValidationConfig config() {
    return config;
  }

  /** Every known rule with its setting, sorted by id. */
  public List<ActiveRule> rules() {
    return rules;
  }

  /** Reads, parses and validates a file; a post that does not parse becomes a {@code parse-error} finding. */
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
    return check(parsed.digest(), text, parsed.lines(), name);
  }

  /** Parses and validates text; a post that does not parse becomes a {@code parse-error} finding. */
  public ValidationReport validate(String markdown, @Nullable String file) {
    DigestParser.Indexed parsed;
    try {
      parsed = parser.parseIndexed(markdown, file);
    } catch (DigestParseException e) {
      return parseError(file, e);
    }
    return check(parsed.digest(), markdown, parsed.lines(), file);
  }

  /** Validates a post. */
  public ValidationReport validate(Digest digest) {
    return validate(digest, null);
  }

  /**
   * Validates a post as it would be written, so that findings have the positions of the written file even
   * when the post was built or edited (a parsed, unedited post is written back as it was read).
   */
  public ValidationReport validate(Digest digest, @Nullable String file) {
    return validate(digest.toMarkdown(), file);
  }

  /**
   * Validates a post parsed from {@code file}'s text, whose lines the parser indexed; the caller guarantees its
   * positions are current.
   */
  private ValidationReport check(Digest post, String text, LineIndex lines, @Nullable String file) {
    PostAnalysis analysis = new PostAnalysis(post, text, lines);
    boolean isDigest = config.digestCategory() == null
        || config.digestCategory().equals(post.frontMatter().category().orElse(null));
    List<Finding> findings = new ArrayList<>();
    for (ActiveRule active : rules) {
      if (!active.enabled() || !isDigest && !active.rule().appliesToAllPosts()) {
        continue;
      }
      Context context = new Context(active, analysis, file, findings);
      try {
        active.rule().check(context);
      } catch (RuntimeException e) {
        findings.add(new Finding(RULE_FAILURE, Severity.ERROR,
            "rule " + active.rule().id() + " failed: " + e, 0, 0, null));
      }
    }
    return new ValidationReport(file, findings);
  }

  private static ValidationReport parseError(@Nullable String file, DigestParseException e) {
    return new ValidationReport(file, List.of(new Finding(PARSE_ERROR, Severity.ERROR,
        e.problem() + " [" + e.code() + "]", e.line(), e.column(), null)));
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
    public int[] position(int offset) {
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
    public int[] unusualCharacters() {
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
      sink.add(new Finding(active.rule().id(), active.severity(), message, line, column, fix));
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

    /** The configuration (default: the general format). */
    public Builder config(ValidationConfig value) {
      this.config = Objects.requireNonNull(value, "config");
      return this;
    }

    /** Adds a rule besides those found with {@link ServiceLoader}. */
    public Builder rule(DigestRule rule) {
      extra.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /** Whether to discover rules with {@link ServiceLoader} (default true). */
    public Builder discoverRules(boolean value) {
      this.serviceLoader = value;
      return this;
    }

    /**
     * Checks every post's front matter against the site's own type: bound with {@code FrontMatter.as(type)}, then
     * validated with Hibernate Validator in {@code groups} (none: the default group). Each violation, and a value
     * that cannot bind, is a {@code front-matter-constraint} finding at the key's line and column, configured
     * like any rule.
     */
    public Builder frontMatter(Class<?> type, Class<?>... groups) {
      this.frontMatterType = new FrontMatterConstraintRule(Objects.requireNonNull(type, "type"), groups);
      return this;
    }

    /** The parser for posts given as text or files (default: {@link DigestParser#defaults()}). */
    public Builder parser(DigestParser value) {
      this.parser = Objects.requireNonNull(value, "parser");
      return this;
    }

    /** The validator. */
    public DigestValidator build() {
      List<DigestRule> all = new ArrayList<>();
      if (serviceLoader) {
        for (DigestRule r : ServiceLoader.load(DigestRule.class, DigestValidator.class.getClassLoader())) {
          all.add(r);
        }
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
