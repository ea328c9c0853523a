package org.digestkit.core;

import org.jspecify.annotations.Nullable;

/**
 * A post could not be read: not UTF-8, a broken or hostile front matter, a control character, over-size
 * input. It tells where: the 1-based line and column in the file (front-matter offsets applied), and a stable
 * {@link #code()} such as {@code yaml-syntax} or {@code not-utf8}.
 */
public final class DigestParseException extends DigestException {
  private static final long serialVersionUID = 1L;

  /** The stable code of the kind of problem. */
  private final String code;
  /** The 1-based line. */
  private final int line;
  /** The 1-based column. */
  private final int column;
  /** The file, when known. */
  private final @Nullable String file;
  /** The problem in plain words. */
  private final String problem;

  /**
   * An exception for {@code problem} at {@code line}:{@code column} of {@code file} (null when unknown).
   *
   * @param code a stable, kebab-case code
   * @param problem the problem in plain words
   * @param line the 1-based line
   * @param column the 1-based column (UTF-16 code units)
   * @param file the file
   */
  public DigestParseException(String code, String problem, int line, int column, @Nullable String file) {
    this(code, problem, line, column, file, null);
  }

  /**
   * The same, keeping the underlying cause.
   *
   * @param code a stable, kebab-case code
   * @param problem the problem in plain words
   * @param line the 1-based line
   * @param column the 1-based column (UTF-16 code units)
   * @param file the file
   * @param cause the underlying exception, or null
   */
  public DigestParseException(
      String code, String problem, int line, int column, @Nullable String file, @Nullable Throwable cause) {
    super((file == null ? "" : file + ":") + line + ":" + column + ": " + problem, cause);
    this.code = code;
    this.problem = problem;
    this.line = line;
    this.column = column;
    this.file = file;
  }

  /** {@return a stable, kebab-case identifier of the kind of problem} */
  public String code() {
    return code;
  }

  /** {@return the problem in plain words, without position} */
  public String problem() {
    return problem;
  }

  /** {@return the 1-based line in the file} */
  public int line() {
    return line;
  }

  /** {@return the 1-based column in the file (UTF-16 code units)} */
  public int column() {
    return column;
  }

  /** {@return the file, when the post was read from one} */
  public @Nullable String file() {
    return file;
  }

  /**
   * {@return the same problem attributed to {@code fileName}}
   *
   * @param fileName the file name for messages, or null
   */
  public DigestParseException inFile(String fileName) {
    return new DigestParseException(code, problem, line, column, fileName, getCause());
  }
}
