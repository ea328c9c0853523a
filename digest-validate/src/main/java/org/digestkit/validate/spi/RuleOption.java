package org.digestkit.validate.spi;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * One option a rule accepts, as the rule declares it ({@link DigestRule#declaredOptions()}): its key, its type,
 * for numbers their range, for choices their values. Configuration is checked against these declarations when
 * the validator is built, so a wrong option is a configuration error with a position, never a failure on every
 * post.
 *
 * <pre>{@code
 * public List<RuleOption> declaredOptions() {
 *   return List.of(RuleOption.integer("min", 0, 1_000, "the fewest news items a post may have"));
 * }
 * }</pre>
 *
 * @param key the option's key in configuration
 * @param type what values it takes
 * @param description one line on what it does
 * @param min the smallest number allowed (numbers only)
 * @param max the largest number allowed (numbers only)
 * @param choices the allowed values ({@link Type#CHOICE} only)
 */
public record RuleOption(String key, Type type, String description, double min, double max, List<String> choices) {

  /** The kinds of values an option takes. */
  public enum Type {
    /** A whole number within {@code [min, max]}. */
    INTEGER,
    /** A number within {@code [min, max]}. */
    DECIMAL,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** A string. */
    STRING,
    /** A Java regular expression. */
    PATTERN,
    /** One of {@code choices}. */
    CHOICE,
    /** A list of strings (one string counts as a list of one). */
    STRINGS,
    /** A list of whole numbers within {@code [min, max]} (one number counts as a list of one). */
    INTEGERS,
    /** A mapping from keys to lists of strings (or single strings). */
    STRING_LISTS,
    /** A file path, or the document itself as a mapping (a JSON Schema, say). */
    PATH_OR_MAPPING
  }

  /**
   * Checks the components and copies the lists.
   *
   *
   * @param key the option's key in configuration
   * @param type what values it takes
   * @param description one line on what it does
   * @param min the smallest number allowed (numbers only)
   * @param max the largest number allowed (numbers only)
   * @param choices the allowed values ({@link Type#CHOICE} only)
   */
  public RuleOption {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(description, "description");
    choices = List.copyOf(choices);
  }

  /**
   * {@return an option that names a file or holds the document itself as a mapping}
   *
   * @param key the option's key in the configuration
   * @param description what it means, for help and error messages
   */
  public static RuleOption pathOrMapping(String key, String description) {
    return new RuleOption(key, Type.PATH_OR_MAPPING, description, 0, 0, List.of());
  }

  /**
   * {@return a whole-number option within {@code [min, max]}}
   *
   * @param key the option's key in the configuration
   * @param min the least allowed
   * @param max the most allowed
   * @param description what it means, for help and error messages
   */
  public static RuleOption integer(String key, long min, long max, String description) {
    return new RuleOption(key, Type.INTEGER, description, min, max, List.of());
  }

  /**
   * {@return a decimal option within {@code [min, max]}}
   *
   * @param key the option's key in the configuration
   * @param min the least allowed
   * @param max the most allowed
   * @param description what it means, for help and error messages
   */
  public static RuleOption decimal(String key, double min, double max, String description) {
    return new RuleOption(key, Type.DECIMAL, description, min, max, List.of());
  }

  /**
   * {@return a boolean option}
   *
   * @param key the option's key in the configuration
   * @param description what it means, for help and error messages
   */
  public static RuleOption bool(String key, String description) {
    return new RuleOption(key, Type.BOOLEAN, description, 0, 0, List.of());
  }

  /**
   * {@return a string option}
   *
   * @param key the option's key in the configuration
   * @param description what it means, for help and error messages
   */
  public static RuleOption string(String key, String description) {
    return new RuleOption(key, Type.STRING, description, 0, 0, List.of());
  }

  /**
   * {@return a regular-expression option (checked to compile)}
   *
   * @param key the option's key in the configuration
   * @param description what it means, for help and error messages
   */
  public static RuleOption pattern(String key, String description) {
    return new RuleOption(key, Type.PATTERN, description, 0, 0, List.of());
  }

  /**
   * {@return an option that takes one of {@code choices} (compared without case)}
   *
   * @param key the option's key in the configuration
   * @param choices the values the option accepts
   * @param description what it means, for help and error messages
   */
  public static RuleOption choice(String key, List<String> choices, String description) {
    return new RuleOption(key, Type.CHOICE, description, 0, 0, choices);
  }

  /**
   * {@return a list-of-strings option}
   *
   * @param key the option's key in the configuration
   * @param description what it means, for help and error messages
   */
  public static RuleOption strings(String key, String description) {
    return new RuleOption(key, Type.STRINGS, description, 0, 0, List.of());
  }

  /**
   * {@return a list-of-whole-numbers option, each within {@code [min, max]}}
   *
   * @param key the option's key in the configuration
   * @param min the least allowed
   * @param max the most allowed
   * @param description what it means, for help and error messages
   */
  public static RuleOption integers(String key, long min, long max, String description) {
    return new RuleOption(key, Type.INTEGERS, description, min, max, List.of());
  }

  /**
   * {@return a mapping option from keys to lists of strings}
   *
   * @param key the option's key in the configuration
   * @param description what it means, for help and error messages
   */
  public static RuleOption stringLists(String key, String description) {
    return new RuleOption(key, Type.STRING_LISTS, description, 0, 0, List.of());
  }

  /**
   * {@return what is wrong with {@code value} for this option, in words for a configuration error ("must be a whole
   * number from 0 to 1000, not 2147483648"), or null when it is a good value}
   *
   * @param value the value
   */
  public @Nullable String problem(@Nullable Object value) {
    String text = String.valueOf(value);
    text = text.length() > 80 ? text.substring(0, 79) + "…" : text;
    String shown = value instanceof String ? "'" + text + "'" : text;
    return switch (type) {
      case INTEGER -> wholeNumberProblem(value, shown);
      case DECIMAL -> value instanceof Number n && !(value instanceof BigInteger) && n.doubleValue() >= min
          && n.doubleValue() <= max && !Double.isNaN(n.doubleValue()) ? null
          : "must be a number from " + number(min) + " to " + number(max) + ", not " + shown;
      case BOOLEAN -> value instanceof Boolean ? null : "must be true or false, not " + shown;
      case STRING -> value instanceof String ? null : "must be a string, not " + shown;
      case PATTERN -> patternProblem(value, shown);
      case CHOICE -> value instanceof String s && choices.contains(s.strip().toLowerCase(Locale.ROOT)) ? null
          : "must be one of " + String.join(", ", choices) + ", not " + shown;
      case STRINGS -> value instanceof String || value instanceof List<?> l && l.stream().allMatch(
          o -> o instanceof String || o instanceof Number || o instanceof Boolean) ? null
          : "must be a list of strings, not " + shown;
      case INTEGERS -> integersProblem(value, shown);
      case STRING_LISTS -> stringListsProblem(value, shown);
      case PATH_OR_MAPPING -> value instanceof String || value instanceof java.util.Map ? null
          : "must be a file path or a mapping, not " + shown;
    };
  }

  private @Nullable String wholeNumberProblem(@Nullable Object value, String shown) {
    boolean whole = value instanceof Long || value instanceof Integer || value instanceof BigInteger;
    if (whole) {
      BigInteger v = value instanceof BigInteger b ? b : BigInteger.valueOf(((Number) value).longValue());
      if (v.compareTo(BigInteger.valueOf((long) min)) >= 0 && v.compareTo(BigInteger.valueOf((long) max)) <= 0) {
        return null;
      }
    }
    return "must be a whole number from " + number(min) + " to " + number(max) + ", not " + shown;
  }

  private @Nullable String integersProblem(@Nullable Object value, String shown) {
    List<?> values = value instanceof List<?> l ? l : java.util.Collections.singletonList(value);
    for (Object v : values) {
      if (wholeNumberProblem(v, String.valueOf(v)) != null) {
        return "must be a list of whole numbers from " + number(min) + " to " + number(max) + ", not " + shown;
      }
    }
    return null;
  }

  private static @Nullable String patternProblem(@Nullable Object value, String shown) {
    if (!(value instanceof String s)) {
      return "must be a regular expression (a string), not " + shown;
    }
    try {
      Pattern.compile(s);
      return null;
    } catch (PatternSyntaxException | StackOverflowError e) {
      return "is not a valid regular expression: " + (e instanceof PatternSyntaxException p ? p.getDescription()
          : "too deeply nested");
    }
  }

  private static @Nullable String stringListsProblem(@Nullable Object value, String shown) {
    if (!(value instanceof Map<?, ?> map)) {
      return "must be a mapping from keys to lists of strings, not " + shown;
    }
    for (Object v : map.values()) {
      boolean ok = v instanceof String || v instanceof Number || v instanceof Boolean
          || v instanceof List<?> l && l.stream().allMatch(o -> o instanceof String || o instanceof Number
          || o instanceof Boolean);
      if (!ok) {
        return "must be a mapping from keys to lists of strings, not " + shown;
      }
    }
    return null;
  }

  private static String number(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e18 ? Long.toString((long) d) : Double.toString(d);
  }
}
