package org.digestkit.core.json;

import org.digestkit.core.DigestException;
import org.jspecify.annotations.Nullable;

/** JSON that is not a valid digest document, with the JSON path of the problem ({@code $.sections[2].heading}). */
public final class DigestJsonException extends DigestException {
  private static final long serialVersionUID = 1L;

  /** Where in the JSON the problem is, as a JSON Pointer-like path. */
  private final String path;

  /**
   * An exception for {@code problem} at {@code path}.
   *
   * @param path the path
   * @param problem the problem in plain words
   * @param cause the underlying exception, or null
   */
  public DigestJsonException(String path, String problem, @Nullable Throwable cause) {
    super(path + ": " + problem, cause);
    this.path = path;
  }

  /** {@return where the problem is, as a JSON path} */
  public String path() {
    return path;
  }
}
