package org.digestkit.core;

import java.util.List;

/**
 * The front matter could not be bound to a type ({@link org.digestkit.core.model.FrontMatter#as}): a value of the
 * wrong shape or one the type refuses. It names the key — a path such as {@code authors[1].name} for nested keys
 * and list elements — and where it stands in the file (1-based line and column; 0 when the front matter was not
 * read from a file).
 */
public final class FrontMatterBindingException extends DigestException {
  private static final long serialVersionUID = 1L;

  private final transient List<Object> path;
  /** The 1-based line. */
  private final int line;
  /** The 1-based column. */
  private final int column;
  /** The problem in plain words. */
  private final String problem;

  /**
   * An exception for {@code problem} at the key {@code path} ({@link String} keys, {@link Integer} indexes).
   *
   * @param path the path
   * @param line the 1-based line
   * @param column the 1-based column (UTF-16 code units)
   * @param problem the problem in plain words
   * @param cause the underlying exception, or null
   */
  public FrontMatterBindingException(List<Object> path, int line, int column, String problem, Throwable cause) {
    super("front-matter key '" + key(path) + "' (" + line + ":" + column + "): " + problem, cause);
    this.path = List.copyOf(path);
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  /**
   * {@return the key as a path: {@code title}, {@code tags[2]}, {@code author.name}; empty for the front matter as a
   * whole}
   */
  public String key() {
    return key(path);
  }

  /** {@return the path to the value: {@link String} keys and {@link Integer} list indexes} */
  public List<Object> path() {
    return path;
  }

  /** {@return the 1-based line of the key or list element} */
  public int line() {
    return line;
  }

  /** {@return the 1-based column of the key or list element} */
  public int column() {
    return column;
  }

  /** {@return the problem in plain words, without key or position} */
  public String problem() {
    return problem;
  }

  /**
   * {@return a path written as {@code a.b[1].c}}
   *
   * @param path the path
   */
  public static String key(List<?> path) {
    StringBuilder out = new StringBuilder();
    for (Object step : path) {
      if (step instanceof Integer i) {
        out.append('[').append(i).append(']');
      } else {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(step);
      }
    }
    return out.toString();
  }
}
