package org.digestkit.cli;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Finds the posts named on a command line: files, folders (every {@code *.md} below, recursively) and globs
 * ({@code posts/2026-*.md}). Symbolic links are never followed — a link is reported and skipped, so a run cannot
 * leave the tree or loop — and dot folders ({@code .git}) are skipped. The result is sorted, so output is
 * deterministic.
 */
final class PostFiles {
  /** The posts found and the problems met (missing paths, links). */
  record Found(List<Path> posts, List<String> problems) {}

  private PostFiles() {}

  static Found find(List<String> arguments) {
    TreeSet<Path> posts = new TreeSet<>();
    List<String> problems = new ArrayList<>();
    for (String arg : arguments) {
      if (arg.contains("*") || arg.contains("?") || arg.contains("[") || arg.contains("{")) {
        glob(arg, posts, problems);
        continue;
      }
      Path path = Path.of(arg);
      if (Files.isSymbolicLink(path)) {
        problems.add(arg + ": is a symbolic link; not followed");
      } else if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
        walk(path, posts, problems);
      } else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
        posts.add(path.normalize());
      } else {
        problems.add(arg + ": no such file or folder");
      }
    }
    return new Found(List.copyOf(posts), problems);
  }

  private static void glob(String pattern, TreeSet<Path> posts, List<String> problems) {
    int cut = 0;
    String[] parts = pattern.split("/");
    StringBuilder base = new StringBuilder();
    for (String part : parts) {
      if (part.contains("*") || part.contains("?") || part.contains("[") || part.contains("{")) {
        break;
      }
      base.append(part).append('/');
      cut++;
    }
    Path root = base.length() == 0 ? Path.of(".") : Path.of(base.toString());
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    // as in shells with globstar and in .gitignore, "a/**/b" also matches "a/b"
    PathMatcher shallow = pattern.contains("/**/")
        ? FileSystems.getDefault().getPathMatcher("glob:" + pattern.replace("/**/", "/")) : matcher;
    int before = posts.size();
    if (Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
      TreeSet<Path> all = new TreeSet<>();
      walkAll(root, all, problems);
      for (Path p : all) {
        Path relative = base.length() == 0 ? root.relativize(p) : p;
        if (matcher.matches(relative) || matcher.matches(p) || shallow.matches(relative) || shallow.matches(p)) {
          posts.add(p.normalize());
        }
      }
    }
    if (posts.size() == before) {
      problems.add(pattern + ": no file matches");
    }
  }

  private static void walk(Path root, TreeSet<Path> posts, List<String> problems) {
    TreeSet<Path> all = new TreeSet<>();
    walkAll(root, all, problems);
    for (Path p : all) {
      if (p.getFileName().toString().endsWith(".md")) {
        posts.add(p.normalize());
      }
    }
  }

  private static void walkAll(Path root, TreeSet<Path> out, List<String> problems) {
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
          return !dir.equals(root) && name.startsWith(".") ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (attrs.isSymbolicLink()) {
            if (file.getFileName().toString().endsWith(".md")) {
              problems.add(file + ": is a symbolic link; not followed");
            }
          } else if (attrs.isRegularFile()) {
            out.add(file);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          problems.add(file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      problems.add(root + ": " + e.getMessage());
    }
  }
}
