package org.digestkit.validate.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inline suppression comments, as in markdownlint: {@code <!-- digestkit-disable rule-id … -->} up to
 * {@code <!-- digestkit-enable rule-id … -->} (no ids: every rule), {@code <!-- digestkit-disable-next-line … -->}
 * and {@code <!-- digestkit-disable-line … -->}.
 */
public final class Suppressions {
  private static final Pattern COMMENT =
      Pattern.compile("<!--\\s*digestkit-(disable-next-line|disable-line|disable|enable)((?:\\s+[a-z0-9-]+)*)\\s*-->");

  private record Event(int line, String kind, Set<String> rules) {}

  private final List<Event> events;

  private Suppressions(List<Event> events) {
    this.events = events;
  }

  /** The suppression comments of {@code text}. */
  public static Suppressions of(String text) {
    if (text.indexOf("digestkit-") < 0) {
      return new Suppressions(List.of());
    }
    List<Event> events = new ArrayList<>();
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = COMMENT.matcher(lines[i]);
      while (m.find()) {
        String ids = m.group(2).strip();
        Set<String> rules = ids.isEmpty() ? Set.of() : Set.of(ids.split("\\s+"));
        events.add(new Event(i + 1, m.group(1), rules));
      }
    }
    return new Suppressions(events);
  }

  /** Whether a finding of {@code rule} on {@code line} is suppressed. */
  public boolean suppresses(String rule, int line) {
    boolean disabled = false;
    for (Event e : events) {
      boolean applies = e.rules.isEmpty() || e.rules.contains(rule);
      if (!applies) {
        continue;
      }
      switch (e.kind) {
        case "disable-next-line" -> {
          if (e.line + 1 == line) {
            return true;
          }
        }
        case "disable-line" -> {
          if (e.line == line) {
            return true;
          }
        }
        case "disable" -> {
          if (e.line <= line) {
            disabled = true;
          }
        }
        case "enable" -> {
          if (e.line <= line) {
            disabled = false;
          }
        }
        default -> {
        }
      }
    }
    return disabled;
  }

  public boolean isEmpty() {
    return events.isEmpty();
  }
}
