package org.digestkit.core.io;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Writes "probe" to the file named by its argument, for tests that run {@link AtomicFile} under another umask. */
final class WriteProbe {
  private WriteProbe() {}

  public static void main(String[] args) throws Exception {
    AtomicFile.write(Path.of(args[0]), "probe\n".getBytes(StandardCharsets.UTF_8));
  }
}
