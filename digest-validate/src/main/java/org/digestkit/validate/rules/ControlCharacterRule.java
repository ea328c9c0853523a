package org.digestkit.validate.rules;

import org.digestkit.validate.Severity;

/** No control characters (other than tab and line breaks), replacement characters or noncharacters. */
public final class ControlCharacterRule extends CharacterRule {
  /** The rule with its id, default severity and description; {@link java.util.ServiceLoader} calls this. */
  public ControlCharacterRule() {
    super("control-character", Severity.ERROR, "no control, replacement or noncharacter code points");
  }

  @Override
  String describe(char c) {
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F) {
      return "control character";
    }
    if (c == '\uFFFD') {
      return "replacement character (a decoding error upstream)";
    }
    return c == '\uFFFE' || c == '\uFFFF' ? "noncharacter" : null;
  }
}
