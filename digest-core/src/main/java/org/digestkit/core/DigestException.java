package org.digestkit.core;

/** The root of digestkit's exceptions: unchecked, like Jackson 3's. */
public class DigestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An exception with a message. */
  public DigestException(String message) {
    super(message);
  }

  /** An exception with a message and a cause. */
  public DigestException(String message, Throwable cause) {
    super(message, cause);
  }
}
