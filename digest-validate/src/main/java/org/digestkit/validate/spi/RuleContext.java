package org.digestkit.validate.spi;

import java.util.List;
import java.util.function.Supplier;
import org.digestkit.core.Digest;
import org.digestkit.validate.Fix;
import org.jspecify.annotations.Nullable;

/**
 * What a rule sees while checking one post, and where it reports: one context per rule and post.
 *
 * <p>Offsets are indexes into {@link #text()}; {@link #position} and {@link #offset} convert between offsets and
 * the 1-based lines and columns findings are reported at.
 */
public interface RuleContext {

  /** {@return the post} */
  Digest digest();

  /** {@return the post's source text (BOM removed), for rules that read raw lines} */
  String text();

  /** {@return the file name, when the post was read from a file} */
  @Nullable String file();

  /** {@return the rule's options from configuration} */
  RuleOptions options();

  /** {@return every link in the post with its position, computed once per post and shared by rules} */
  List<LinkOccurrence> links();

  /**
   * {@return the offsets in {@link #text()} of control, invisible format and special characters (C0/C1 controls
   * other than tab and line breaks, U+200B–U+200F, U+2028–U+202E, U+2060–U+206F, U+FEFF, U+FFFD–U+FFFF),
   * ascending, found once per post} Read-only; empty for nearly every post.
   */
  List<Integer> unusualCharacters();

  /**
   * {@return a value computed at most once per post and shared by every rule that asks with the same type (an index of
   * the post's headlines, say), so that rules do not repeat each other's work} The value must depend only on the
   * post, never on one rule's options. Values are keyed by the class alone, so every rule that asks with
   * {@code String.class}, say, gets the same value: key a value by a type of your own (a private nested record).
   * {@code compute} must not return null; if it does, the rule that asked fails and is reported as
   * {@code rule-failure}.
   *
   * @param <T> the type of the shared value
   * @param type the type of the value, which is also its key
   * @param compute computes the value the first time it is asked for; never returns null
   */
  <T> T shared(Class<T> type, Supplier<T> compute);

  /**
   * {@return the text of a 1-based line of {@link #text()}, without its line break; empty for a line before the
   * first or past the last}
   *
   * @param line the 1-based line
   */
  String line(int line);

  /**
   * {@return the line and column of {@code offset} in {@link #text()} (0 to the text's length)}
   *
   * @param offset an offset in the text
   */
  Position position(int offset);

  /**
   * {@return the offset in {@link #text()} of a 1-based line and column (an element's {@code SourceInfo} position,
   * say); 0 for a line outside the text} The column is not checked: it is added to the line's start, so a column
   * past the end of the line gives an offset on a later line (or past the text).
   *
   * @param line the 1-based line
   * @param column the 1-based column (UTF-16 code units)
   */
  int offset(int line, int column);

  /**
   * Reports a finding at a 1-based line and column. A finding about the whole file (its name, say) is reported at
   * line 1, column 1; a position below 1 is taken as that (see {@link org.digestkit.validate.Finding} for the
   * position rule). A line past the end of the post, or a column past the end of its line plus one, throws
   * {@link IllegalArgumentException}: the rule fails on the post as {@code rule-failure}, saying so.
   *
   * @param line the 1-based line
   * @param column the 1-based column (UTF-16 code units)
   * @param message what is wrong, in plain words
   */
  void report(int line, int column, String message);

  /**
   * Reports a finding that comes with a fix.
   *
   * @param line the 1-based line
   * @param column the 1-based column (UTF-16 code units)
   * @param message the message, in plain words
   * @param fix the fix, or null
   */
  void report(int line, int column, String message, @Nullable Fix fix);
}
