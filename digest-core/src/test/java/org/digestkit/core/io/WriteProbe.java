package org.digestkit.core.io;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * For tests that run {@link AtomicFile} in another JVM: writes "probe" to the file named by its first argument;
 * with a second argument {@code hold}, says "written" and waits, uncommitted, to be killed.
 */
final class WriteProbe {
  private WriteProbe() {}

  public static void main(String[] args) throws Exception {
    byte[] probe = "probe\n".getBytes(StandardCharsets.UTF_8);
    if (args.length > 1 && args[1].equals("hold")) {
      AtomicFile out = AtomicFile.open(Path.of(args[0]));
      out.stream().write(probe);
      System.out.println("written");
      System.out.flush();
      Thread.sleep(Long.MAX_VALUE);
    }
    AtomicFile.write(Path.of(args[0]), probe);
  }
}
