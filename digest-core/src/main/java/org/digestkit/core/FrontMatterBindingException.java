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
  private final int line;
  private final int column;
  private final String problem;

  /** An exception for {@code problem} at the key {@code path} ({@link String} keys, {@link Integer} indexes). */
  public FrontMatterBindingException(List<Object> path, int line, int column, String problem, Throwable cause) {
    super("front-matter key '" + key(path) + "' (" + line + ":" + column + "): " + problem, cause);
    this.path = List.copyOf(path);
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  /** The key as a path: {@code title}, {@code tags[2]}, {@code author.name}; empty for the front matter as a whole. */
  public String key() {
    return key(path);
  }

  /** The path to the value: {@link String} keys and {@link Integer} list indexes. */
  public List<Object> path() {
    return path;
  }

  /** The 1-based line of the key or list element. */
  public int line() {
    return line;
  }

  /** The 1-based column of the key or list element. */
  public int column() {
    return column;
  }

  /** The problem in plain words, without key or position. */
  public String problem() {
    return problem;
  }

  /** A path written as {@code a.b[1].c}. */
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
