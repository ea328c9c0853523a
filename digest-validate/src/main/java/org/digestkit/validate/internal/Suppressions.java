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
    return of(text, TextLandmarks.of(text));
  }

  /**
   * The suppression comments of {@code text}, matched from the {@code <!--} its landmarks list (a suppression
   * comment holds no other {@code <}, so each starts at one of them).
   */
  public static Suppressions of(String text, TextLandmarks landmarks) {
    List<Event> events = new ArrayList<>();
    Matcher m = null;
    for (int at : landmarks.commentOpenings()) {
      if (!text.startsWith("digestkit-", skipSpaces(text, at + 4))) {
        continue; // most comments are not ours: no matcher for them
      }
      int line = java.util.Arrays.binarySearch(landmarks.lineStarts(), at);
      line = line >= 0 ? line : -line - 2; // 0-based
      int lineEnd = line + 1 < landmarks.lineStarts().length ? landmarks.lineStarts()[line + 1] : text.length();
      m = m == null ? COMMENT.matcher(text) : m;
      m.region(at, lineEnd);
      if (m.lookingAt()) {
        String ids = m.group(2).strip();
        Set<String> rules = ids.isEmpty() ? Set.of() : Set.of(ids.split("\\s+"));
        events.add(new Event(line + 1, m.group(1), rules));
      }
    }
    return new Suppressions(events);
  }

  private static int skipSpaces(String text, int at) {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
    return at;
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
