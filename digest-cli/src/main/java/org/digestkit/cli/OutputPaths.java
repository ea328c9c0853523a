package org.digestkit.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where each post's output goes under {@code render -o DIR}: the post's path relative to the inputs' root, so
 * {@code a/post.md} and {@code b/post.md} become {@code DIR/a/post.html} and {@code DIR/b/post.html}. The root is
 * the deepest folder that holds every input: a folder argument itself, a file's folder, a glob's folder before
 * its first wildcard (as TypeScript infers {@code rootDir}). The same relative path is each post's {@code {path}}
 * in feed permalinks.
 */
final class OutputPaths {
  private final Path root;

  private OutputPaths(Path root) {
    this.root = root;
  }

  /** The output paths for these command-line arguments. */
  static OutputPaths forArguments(List<String> arguments) {
    Path common = null;
    for (String arg : arguments) {
      Path base = base(arg);
      common = common == null ? base : commonAncestor(common, base);
    }
    return new OutputPaths(common == null ? Path.of("").toAbsolutePath() : common);
  }

  /** The folder an argument's posts are found under. */
  private static Path base(String arg) {
    int wildcard = firstWildcard(arg);
    if (wildcard >= 0) {
      int slash = arg.lastIndexOf('/', wildcard);
      return absolute(slash < 0 ? "" : arg.substring(0, slash + 1));
    }
    Path path = absolute(arg);
    if (Files.isDirectory(path) || path.getParent() == null) {
      return path;
    }
    return path.getParent();
  }

  private static int firstWildcard(String arg) {
    for (int i = 0; i < arg.length(); i++) {
      if ("*?[{".indexOf(arg.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  private static Path absolute(String path) {
    return Path.of(path.isEmpty() ? "." : path).toAbsolutePath().normalize();
  }

  private static Path commonAncestor(Path a, Path b) {
    Path p = a;
    while (p != null && !b.startsWith(p)) {
      p = p.getParent();
    }
    return p == null ? a.getRoot() : p;
  }

  /** The folder every input lies in. */
  Path root() {
    return root;
  }

  /** The post's path relative to the root, with {@code /} between folders (its file name if it is elsewhere). */
  String relative(Path post) {
    Path abs = post.toAbsolutePath().normalize();
    Path rel = abs.startsWith(root) ? root.relativize(abs) : abs.getFileName();
    StringBuilder out = new StringBuilder();
    for (Path part : rel) {
      if (out.length() > 0) {
        out.append('/');
      }
      out.append(part);
    }
    return out.toString();
  }

  /** The output file of a post: its relative path, its Markdown extension replaced by {@code extension}. */
  Path output(Path dir, Path post, String extension) {
    return dir.resolve(stem(relative(post)) + extension);
  }

  /** A relative path without its {@code .md} or {@code .markdown} extension. */
  static String stem(String relative) {
    for (String ext : List.of(".md", ".markdown")) {
      if (relative.endsWith(ext) && relative.length() > ext.length()) {
        return relative.substring(0, relative.length() - ext.length());
      }
    }
    return relative;
  }
}
