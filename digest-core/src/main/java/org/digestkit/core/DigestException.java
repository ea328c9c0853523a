package org.digestkit.core;

/** The root of digestkit's exceptions: unchecked, like Jackson 3's. */
public class DigestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception with a message.
   *
   * @param message the message, in plain words
   */
  public DigestException(String message) {
    super(message);
  }

  /**
   * An exception with a message and a cause.
   *
   * @param message the message, in plain words
   * @param cause the underlying exception, or null
   */
  public DigestException(String message, Throwable cause) {
    super(message, cause);
  }
}
