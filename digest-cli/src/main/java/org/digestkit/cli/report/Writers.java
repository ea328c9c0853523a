package org.digestkit.cli.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/** Adapts an {@link Appendable} to a {@link Writer}. */
final class Writers {
  private Writers() {}

  static Writer of(Appendable out) {
    if (out instanceof Writer w) {
      return w;
    }
    return new Writer() {
      @Override
      public void write(char[] buf, int off, int len) {
        try {
          out.append(new String(buf, off, len));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
  }
}
