package org.digestkit.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.digestkit.core.generate.DigestGenerator;

/**
 * The posts a benchmark runs over, held in memory: the shared corpus ({@code -Ddigestkit.corpus=DIR}, default
 * {@code ../shared/corpus}) when it exists, else 300 posts from the project's seeded generator.
 */
final class Corpus {
  final List<byte[]> bytes = new ArrayList<>();
  final List<String> texts = new ArrayList<>();
  final List<String> bodies = new ArrayList<>();
  final List<String> frontMatters = new ArrayList<>();
  final String source;
  final long totalBytes;

  Corpus() {
    Path dir = Path.of(System.getProperty("digestkit.corpus", "../shared/corpus"));
    if (Files.isDirectory(dir)) {
      try (Stream<Path> s = Files.list(dir)) {
        for (Path p : s.filter(x -> x.toString().endsWith(".md")).sorted().toList()) {
          add(Files.readAllBytes(p));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      source = dir.normalize() + " (" + bytes.size() + " posts)";
    } else {
      for (String md : new DigestGenerator(1).markdown(300)) {
        add(md.getBytes(StandardCharsets.UTF_8));
      }
      source = "generated (" + bytes.size() + " posts)";
    }
    long total = 0;
    for (byte[] b : bytes) {
      total += b.length;
    }
    totalBytes = total;
  }

  private void add(byte[] b) {
    bytes.add(b);
    String text = new String(b, StandardCharsets.UTF_8);
    texts.add(text);
    int close = text.startsWith("---") ? text.indexOf("\n---", 3) : -1;
    if (close > 0) {
      frontMatters.add(text.substring(4, close + 1));
      int bodyStart = text.indexOf('\n', close + 1);
      bodies.add(bodyStart < 0 ? "" : text.substring(bodyStart + 1));
    } else {
      frontMatters.add("");
      bodies.add(text);
    }
  }
}
