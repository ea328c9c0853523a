package org.digestkit.core;

import org.jspecify.annotations.Nullable;

/**
 * A post could not be read: not UTF-8, a broken or hostile front matter, a control character, over-size
 * input. It tells where: the 1-based line and column in the file (front-matter offsets applied), and a stable
 * {@link #code()} such as {@code yaml-syntax} or {@code not-utf8}.
 */
public final class DigestParseException extends DigestException {
  private static final long serialVersionUID = 1L;

  private final String code;
  private final int line;
  private final int column;
  private final @Nullable String file;
  private final String problem;

  /** An exception for {@code problem} at {@code line}:{@code column} of {@code file} (null when unknown). */
  public DigestParseException(String code, String problem, int line, int column, @Nullable String file) {
    this(code, problem, line, column, file, null);
  }

  /** The same, keeping the underlying cause. */
  public DigestParseException(
      String code, String problem, int line, int column, @Nullable String file, @Nullable Throwable cause) {
    super((file == null ? "" : file + ":") + line + ":" + column + ": " + problem, cause);
    this.code = code;
    this.problem = problem;
    this.line = line;
    this.column = column;
    this.file = file;
  }

  /** A stable, kebab-case identifier of the kind of problem. */
  public String code() {
    return code;
  }

  /** The problem in plain words, without position. */
  public String problem() {
    return problem;
  }

  /** The 1-based line in the file. */
  public int line() {
    return line;
  }

  /** The 1-based column in the file (UTF-16 code units). */
  public int column() {
    return column;
  }

  /** The file, when the post was read from one. */
  public @Nullable String file() {
    return file;
  }

  /** The same problem attributed to {@code fileName}. */
  public DigestParseException inFile(String fileName) {
    return new DigestParseException(code, problem, line, column, fileName, getCause());
  }
}
