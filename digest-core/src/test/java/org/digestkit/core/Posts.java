package org.digestkit.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.digestkit.core.generate.DigestGenerator;

/**
 * The posts tests run over: the shared corpus when it exists ({@code -Ddigestkit.corpus}), and always the
 * project's own fixtures, which cover the same forms.
 */
public final class Posts {
  private Posts() {}

  /** The shared corpus folder, or null when it is not there. */
  public static Path corpus() {
    String prop = System.getProperty("digestkit.corpus");
    if (prop == null) {
      return null;
    }
    Path p = Path.of(prop);
    return Files.isDirectory(p) ? p.normalize() : null;
  }

  /** The project's own fixture posts. */
  public static List<Path> fixtures() {
    URL url = Posts.class.getResource("/fixtures");
    try {
      java.net.URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        // read from the test jar when another module's tests use these fixtures
        try {
          java.nio.file.FileSystems.newFileSystem(uri, java.util.Map.of());
        } catch (java.nio.file.FileSystemAlreadyExistsException e) {
          // already open
        }
      }
      return list(Path.of(uri));
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The text after a post's front matter (the whole text when it has none). */
  public static String body(String post) {
    if (!post.startsWith("---\n")) {
      return post;
    }
    int close = post.indexOf("\n---\n", 3);
    return close < 0 ? post : post.substring(close + 5);
  }

  /** Fixtures plus, when present, every corpus post. */
  public static List<Path> all() {
    List<Path> out = new ArrayList<>(fixtures());
    Path corpus = corpus();
    if (corpus != null) {
      out.addAll(list(corpus));
    }
    return out;
  }

  /**
   * The texts of real posts when the corpus is present, else of 300 posts from the project's seeded generator:
   * for assertions about the common case ("most posts take the fast path"), which the fixtures, edge cases on
   * purpose, cannot make.
   */
  public static List<String> realOrGenerated() {
    Path corpus = corpus();
    List<String> out = new ArrayList<>();
    if (corpus != null) {
      for (Path p : list(corpus)) {
        try {
          out.add(Files.readString(p));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return out;
    }
    DigestGenerator generator = new DigestGenerator(300);
    for (int i = 0; i < 300; i++) {
      out.add(generator.next().toMarkdown());
    }
    return out;
  }

  private static List<Path> list(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
