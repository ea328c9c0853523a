package org.digestkit.cli;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Finds the posts named on a command line: files (any name), folders (every {@code *.md} and {@code *.markdown}
 * file below, recursively) and globs ({@code posts/2026-*.md}, expanded as a shell would). As in ripgrep and fd,
 * a path named on the command line is followed when it is a symbolic link (to a file or a folder), while links met
 * while walking a folder are skipped silently, so a walk cannot leave the tree or loop; a glob's matches count as
 * named (a link to a file is followed, a linked folder is not entered). Dot folders ({@code .git}) are skipped. A
 * path that yields no post is a problem, whether a missing file, an empty folder or a glob that matches nothing.
 * The result is sorted, so output is deterministic.
 */
final class PostFiles {
  /** The posts found and the problems met (missing paths, paths with no post). */
  record Found(List<Path> posts, List<String> problems) {}

  private PostFiles() {}

  /** Whether a file met while walking a folder is a post, by its extension. */
  static boolean isPostName(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".md") || name.endsWith(".markdown");
  }

  static Found find(List<String> arguments) {
    TreeSet<Path> posts = new TreeSet<>();
    List<String> problems = new ArrayList<>();
    for (String arg : arguments) {
      if (isGlob(arg)) {
        glob(arg, posts, problems);
        continue;
      }
      Path path = Path.of(arg);
      BasicFileAttributes attrs;
      try {
        attrs = Files.readAttributes(path, BasicFileAttributes.class); // a link named here is followed
      } catch (NoSuchFileException e) {
        problems.add(arg + (Files.isSymbolicLink(path) ? ": is a symbolic link to a file that does not exist"
            : ": no such file or folder"));
        continue;
      } catch (IOException e) {
        problems.add(Errors.describe(e, arg));
        continue;
      }
      if (attrs.isDirectory()) {
        int postsBefore = posts.size();
        int problemsBefore = problems.size();
        walk(path, false, posts, problems);
        if (posts.size() == postsBefore && problems.size() == problemsBefore) {
          problems.add(arg + ": no posts (*.md, *.markdown) in this folder");
        }
      } else if (attrs.isRegularFile()) {
        posts.add(path.normalize());
      } else {
        problems.add(arg + ": is not a regular file or a folder");
      }
    }
    return new Found(List.copyOf(posts), problems);
  }

  private static boolean isGlob(String arg) {
    return arg.contains("*") || arg.contains("?") || arg.contains("[") || arg.contains("{");
  }

  private static void glob(String pattern, TreeSet<Path> posts, List<String> problems) {
    String[] parts = pattern.split("/");
    StringBuilder base = new StringBuilder();
    for (String part : parts) {
      if (isGlob(part)) {
        break;
      }
      base.append(part).append('/');
    }
    Path root = base.length() == 0 ? Path.of(".") : Path.of(base.toString());
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    // as in shells with globstar and in .gitignore, "a/**/b" also matches "a/b"
    PathMatcher shallow = pattern.contains("/**/")
        ? FileSystems.getDefault().getPathMatcher("glob:" + pattern.replace("/**/", "/")) : matcher;
    int before = posts.size();
    if (Files.isDirectory(root)) {
      TreeSet<Path> all = new TreeSet<>();
      walkAll(root, true, all, problems);
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

  private static void walk(Path root, boolean linksToFiles, TreeSet<Path> posts, List<String> problems) {
    TreeSet<Path> all = new TreeSet<>();
    walkAll(root, linksToFiles, all, problems);
    for (Path p : all) {
      if (isPostName(p)) {
        posts.add(p.normalize());
      }
    }
  }

  /**
   * Every regular file below {@code root} (itself followed if it is a link), found under {@code root}'s name;
   * links below it are skipped, except links to regular files when {@code linksToFiles}.
   */
  private static void walkAll(Path root, boolean linksToFiles, TreeSet<Path> out, List<String> problems) {
    Path start;
    try {
      start = Files.isSymbolicLink(root) ? root.toRealPath() : root;
    } catch (IOException e) {
      problems.add(Errors.describe(e, root));
      return;
    }
    try {
      Files.walkFileTree(start, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
          return !dir.equals(start) && name.startsWith(".") ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (attrs.isRegularFile() || linksToFiles && attrs.isSymbolicLink() && Files.isRegularFile(file)) {
            out.add(root.resolve(start.relativize(file)));
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          if (!(e instanceof NoSuchFileException)) { // removed while walking: not a problem
            problems.add(Errors.describe(e, root.resolve(start.relativize(file))));
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      problems.add(Errors.describe(e, root));
    }
  }
}
