package org.digestkit.validate.spi;

import java.util.List;
import org.digestkit.validate.Severity;

/**
 * A validation rule. Implementations are stateless and thread-safe; one instance checks any number of posts.
 *
 * <p>Third parties add rules by implementing this interface and listing the class in
 * {@code META-INF/services/org.digestkit.validate.spi.DigestRule}; {@code DigestValidator} discovers them with
 * {@link java.util.ServiceLoader}. A rule is configured by its {@link #id()} in profiles and
 * {@code .digestkit.yaml} (severity, {@code off}, options).
 */
public interface DigestRule {

  /** {@return the stable, kebab-case id ({@code label-corrupted})} */
  String id();

  /** {@return one line on what the rule checks} */
  String description();

  /** {@return the severity when configuration does not set one} */
  Severity defaultSeverity();

  /** {@return whether the rule runs when configuration does not mention it (opt-in rules return false)} */
  default boolean enabledByDefault() {
    return true;
  }

  /**
   * {@return whether the rule applies to every post, articles included: file-level checks such as control characters or
   * unsafe links} The others — the default — are <em>digest rules</em> about a digest's structure (items,
   * summary, numbering, footer): they run only on posts the configuration counts as digests
   * ({@code digests:} in {@code .digestkit.yaml}; by default, posts that have a digest's shape).
   */
  default boolean appliesToAllPosts() {
    return false;
  }

  /**
   * {@return whether the rule offers fixes with its findings} This is not a gate: {@code digest fix} applies the
   * {@link org.digestkit.validate.Fix} of every finding that has one, whatever its rule returns here. It decides
   * which findings without a fix {@code digest fix} lists as left unfixed: those of rules that return true.
   */
  default boolean offersFixes() {
    return false;
  }

  /**
   * {@return the options the rule accepts besides {@code severity} and {@code enabled}} Configuration that sets any
   * other key, or a value of the wrong type or out of range, is refused when the validator is built, naming the
   * file, line and column. A rule without options returns the default, an empty list.
   */
  default List<RuleOption> declaredOptions() {
    return List.of();
  }

  /**
   * Checks one post, reporting through {@code context}. Never throws for a bad post.
   *
   * @param context the context
   */
  void check(RuleContext context);
}
