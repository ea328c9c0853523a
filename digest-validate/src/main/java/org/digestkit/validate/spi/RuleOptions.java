package org.digestkit.validate.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A rule's options from configuration: a small typed view of a YAML mapping. */
public final class RuleOptions {

  /** No options. */
  public static final RuleOptions NONE = new RuleOptions(Map.of());

  private final Map<String, Object> values;
  /** What {@link #strings} and {@link #stringLists} made, by key: rules ask for every post, a key converts once. */
  private final Map<String, List<String>> stringsMade = new ConcurrentHashMap<>();
  private final Map<String, Map<String, List<String>>> stringListsMade = new ConcurrentHashMap<>();

  /**
   * Options from a decoded YAML mapping.
   *
   * @param values the options by key, as configuration gives them
   */
  public RuleOptions(Map<String, ?> values) {
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /**
   * {@return whether the option is set}
   *
   * @param key the option's key
   */
  public boolean has(String key) {
    return values.containsKey(key);
  }

  /**
   * {@return a string option}
   *
   * @param key the option's key
   * @param fallback the value when the option is not set
   */
  public String string(String key, String fallback) {
    Object v = values.get(key);
    return v == null ? fallback : v.toString();
  }

  /**
   * {@return an integer option}
   *
   * @param key the option's key
   * @param fallback the value when the option is not set
   */
  public int integer(String key, int fallback) {
    Object v = values.get(key);
    if (v == null) {
      return fallback;
    }
    if (v instanceof Number n) {
      return n.intValue();
    }
    try {
      return Integer.parseInt(v.toString().strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("option '" + key + "' must be a whole number: " + v);
    }
  }

  /**
   * {@return a decimal option}
   *
   * @param key the option's key
   * @param fallback the value when the option is not set
   */
  public double decimal(String key, double fallback) {
    Object v = values.get(key);
    if (v == null) {
      return fallback;
    }
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    try {
      return Double.parseDouble(v.toString().strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("option '" + key + "' must be a number: " + v);
    }
  }

  /**
   * {@return a boolean option}
   *
   * @param key the option's key
   * @param fallback the value when the option is not set
   */
  public boolean bool(String key, boolean fallback) {
    Object v = values.get(key);
    return v == null ? fallback : Boolean.parseBoolean(v.toString());
  }

  /**
   * {@return a list-of-strings option (a single string counts as one element)}
   *
   * @param key the option's key
   * @param fallback the value when the option is not set
   */
  public List<String> strings(String key, List<String> fallback) {
    Object v = values.get(key);
    if (v == null) {
      return fallback;
    }
    return stringsMade.computeIfAbsent(key, k -> toStrings(v));
  }

  private static List<String> toStrings(Object v) {
    if (v instanceof List<?> list) {
      List<String> out = new ArrayList<>(list.size());
      for (Object o : list) {
        out.add(String.valueOf(o));
      }
      return List.copyOf(out);
    }
    return List.of(v.toString());
  }

  /**
   * {@return a mapping option from keys to lists of strings (or strings)}
   *
   * @param key the option's key
   */
  public Map<String, List<String>> stringLists(String key) {
    Object v = values.get(key);
    if (!(v instanceof Map<?, ?> map)) {
      return Map.of();
    }
    return stringListsMade.computeIfAbsent(key, k -> toStringLists(map));
  }

  private static Map<String, List<String>> toStringLists(Map<?, ?> map) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : map.entrySet()) {
      Object value = e.getValue();
      List<String> list = new ArrayList<>();
      if (value instanceof List<?> l) {
        for (Object o : l) {
          list.add(String.valueOf(o));
        }
      } else if (value != null) {
        list.add(value.toString());
      }
      out.put(String.valueOf(e.getKey()), List.copyOf(list));
    }
    return Collections.unmodifiableMap(out);
  }

  /** {@return the raw values} */
  public Map<String, Object> asMap() {
    return values;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RuleOptions other && other.values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
