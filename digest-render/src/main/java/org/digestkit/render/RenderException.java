package org.digestkit.render;

import org.digestkit.core.DigestException;

/** Rendering stopped: the output exceeded its budget, or a post cannot be rendered in a format. */
public final class RenderException extends DigestException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception with a message.
   *
   * @param message the message, in plain words
   */
  public RenderException(String message) {
    super(message);
  }
}
