package org.digestkit.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.digestkit.core.generate.DigestGenerator;

/**
 * Writes N realistic generated posts into a folder for the scale run:
 * {@code java -cp digest-bench/target/benchmarks.jar org.digestkit.bench.GenerateCorpus 10000 /tmp/posts}.
 * Names follow the {@code YYYY-MM-DD-<uuid>.md} pattern; the same N gives the same files.
 */
public final class GenerateCorpus {
  private GenerateCorpus() {}

  public static void main(String[] args) throws IOException {
    int n = Integer.parseInt(args[0]);
    Path dir = Files.createDirectories(Path.of(args[1]));
    DigestGenerator generator = new DigestGenerator(42);
    SplittableRandom random = new SplittableRandom(42);
    long bytes = 0;
    for (int i = 0; i < n; i++) {
      String md = generator.next().toMarkdown();
      String name = String.format("%s-%08x-%04x-4%03x-a%03x-%012x.md", LocalDate.of(2020, 1, 1).plusDays(i % 3000),
          random.nextInt(), random.nextInt(0x10000), random.nextInt(0x1000), random.nextInt(0x1000),
          random.nextLong(0x1000000000000L));
      byte[] b = md.getBytes(StandardCharsets.UTF_8);
      bytes += b.length;
      Files.write(dir.resolve(name), b);
    }
    System.out.printf("%d posts, %.1f MB in %s%n", n, bytes / 1e6, dir);
  }
}
