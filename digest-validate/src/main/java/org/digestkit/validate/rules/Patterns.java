package org.digestkit.validate.rules;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Compiled regular expressions from rule options, compiled once per distinct pattern. Thread-safe. */
final class Patterns {
  private static final Map<String, Pattern> CACHE = new ConcurrentHashMap<>();

  private Patterns() {}

  static Pattern of(String regex) {
    if (CACHE.size() > 256) {
      CACHE.clear(); // options come from configuration: a handful of patterns in practice
    }
    return CACHE.computeIfAbsent(regex, Pattern::compile);
  }
}
