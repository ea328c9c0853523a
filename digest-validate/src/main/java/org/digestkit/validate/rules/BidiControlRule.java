package org.digestkit.validate.rules;

import org.digestkit.validate.Severity;

/**
 * No invisible bidirectional controls (U+202A–U+202E, U+2066–U+2069, which can make text read differently from
 * how it is stored) or zero-width characters (U+200B–U+200D, U+2060, U+FEFF inside the text).
 */
public final class BidiControlRule extends CharacterRule {
  /** The rule with its id, default severity and description; {@link java.util.ServiceLoader} calls this. */
  public BidiControlRule() {
    super("bidi-control", Severity.ERROR, "no invisible bidirectional or zero-width characters");
  }

  @Override
  String describe(char c) {
    if (c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069') {
      return "invisible bidirectional control";
    }
    return c >= '\u200B' && c <= '\u200D' || c == '\u2060' || c == '\uFEFF' ? "invisible zero-width character" : null;
  }
}
