package org.digestkit.core.json;

import org.digestkit.core.DigestException;
import org.jspecify.annotations.Nullable;

/** JSON that is not a valid digest document, with the JSON path of the problem ({@code $.sections[2].heading}). */
public final class DigestJsonException extends DigestException {
  private static final long serialVersionUID = 1L;

  private final String path;

  /** An exception for {@code problem} at {@code path}. */
  public DigestJsonException(String path, String problem, @Nullable Throwable cause) {
    super(path + ": " + problem, cause);
    this.path = path;
  }

  /** Where the problem is, as a JSON path. */
  public String path() {
    return path;
  }
}
