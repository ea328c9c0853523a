package org.digestkit.core.model;

import java.util.Objects;

/**
 * One top-level key of the front matter, with its decoded value. Its source lines (the key, the value and any
 * continuation lines) are kept in {@link #source()} so an unchanged entry is written back byte for byte.
 *
 * @param key the top-level key
 * @param value the value (scalar, sequence or mapping)
 * @param source where the element was read from and how it was written there ({@link SourceInfo#NONE} when built)
 */
public record FrontMatterEntry(String key, FrontMatterValue value, SourceInfo source) {
  /**
   * Checks the components.
   *
   * @param key the top-level key
   * @param value the value (scalar, sequence or mapping)
   * @param source where the element was read from and how it was written there ({@link SourceInfo#NONE} when built)
   */
  public FrontMatterEntry {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(source, "source");
  }

  /**
   * Why {@code key} cannot stand as a plain key at the start of a {@code key: value} line and read back as itself,
   * or null when it can.
   */
  private static String keyProblem(String key) {
    if (key.isEmpty()) {
      return "it is empty";
    }
    if (!key.strip().equals(key)) {
      return "it starts or ends with white space";
    }
    if ("\"'?[]{},&*!%@`|>#-".indexOf(key.charAt(0)) >= 0 || key.charAt(0) == ':' && key.length() == 1) {
      return "it starts with '" + key.charAt(0) + "', which YAML reads as syntax";
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c < 0x20 && c != '\t' || c >= 0x7F && c <= 0x9F || c == 0xFFFE || c == 0xFFFF || Character.isSurrogate(c)) {
        return "it holds a line break or a control character";
      }
      if (c == ':' && i + 1 < key.length() && (key.charAt(i + 1) == ' ' || key.charAt(i + 1) == '\t')) {
        return "it holds ': ', which ends a key";
      }
      if (c == '#' && (key.charAt(i - 1) == ' ' || key.charAt(i - 1) == '\t')) {
        return "it holds ' #', which starts a comment";
      }
    }
    return null;
  }

  /**
   * {@return a new entry, written in canonical style when the post is written}
   *
   * @param key a top-level key
   * @param value the value
   * @throws IllegalArgumentException when {@code key} cannot be written as a plain YAML key that reads back as
   *     itself (empty, white space around it, a line break or control character, a YAML indicator first, {@code ': '}
   *     or {@code ' #'} inside)
   */
  public static FrontMatterEntry of(String key, FrontMatterValue value) {
    String problem = keyProblem(Objects.requireNonNull(key, "key"));
    if (problem != null) {
      String shown = key.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
      throw new IllegalArgumentException("the front-matter key '" + shown + "' cannot be written as a plain YAML key: "
          + problem);
    }
    return new FrontMatterEntry(key, value, SourceInfo.NONE);
  }

  /**
   * {@return a copy with another value; the key's line is re-rendered when written}
   *
   * @param newValue the value of the copy
   */
  public FrontMatterEntry withValue(FrontMatterValue newValue) {
    return new FrontMatterEntry(key, newValue, source);
  }
}
