package org.digestkit.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which posts a goal checks: the {@code posts} files and folders, narrowed by Ant-style {@code includes} and
 * {@code excludes} (paths relative to each folder, {@code /} as separator, {@code **} any number of folders).
 * Without patterns a folder is handed to the {@code digest} command as it is, which finds its posts itself; with
 * patterns the matching regular files are named one by one (links met while walking are not followed, as the
 * command does).
 */
record PostSelection(List<File> posts, List<String> includes, List<String> excludes) {

  PostSelection {
    posts = posts == null ? List.of() : List.copyOf(posts);
    includes = includes == null ? List.of() : List.copyOf(includes);
    excludes = excludes == null ? List.of() : List.copyOf(excludes);
  }

  /**
   * The command-line arguments naming what to check, or an empty list when nothing exists to check. Paths below
   * the working directory (where Maven was started, usually the repository's root) are given relative to it, so
   * the log and the reports name {@code posts/x.md} as the command line would and code scanning can place them.
   */
  List<String> arguments() throws IOException {
    Path here = Path.of("").toAbsolutePath();
    return paths().stream().map(p -> p.startsWith(here) && !p.equals(here) ? here.relativize(p) : p)
        .map(Path::toString).toList();
  }

  private List<Path> paths() throws IOException {
    List<Path> args = new ArrayList<>();
    boolean patterns = !includes.isEmpty() || !excludes.isEmpty();
    for (File post : posts) {
      Path path = post.toPath().toAbsolutePath().normalize();
      if (Files.isDirectory(path) && patterns) {
        args.addAll(matching(path));
      } else if (Files.exists(path)) {
        args.add(path);
      }
    }
    return args;
  }

  private List<Path> matching(Path folder) throws IOException {
    List<Pattern> in = matchers(includes.isEmpty() ? List.of("**/*.md") : includes);
    List<Pattern> out = matchers(excludes);
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
          .filter(p -> {
            Path relative = folder.relativize(p);
            return matches(in, relative) && !matches(out, relative);
          })
          .sorted()
          .toList();
    }
  }

  private static boolean matches(List<Pattern> patterns, Path relative) {
    String path = relative.toString().replace(File.separatorChar, '/');
    return patterns.stream().anyMatch(p -> p.matcher(path).matches());
  }

  /**
   * Ant-style patterns as regular expressions: {@code **} any number of folders (none too), {@code *} and
   * {@code ?} within one name, a pattern ending in {@code /} everything below that folder.
   */
  static List<Pattern> matchers(List<String> patterns) {
    List<Pattern> compiled = new ArrayList<>();
    for (String pattern : patterns) {
      String ant = pattern.trim().replace('\\', '/');
      if (ant.endsWith("/")) {
        ant = ant + "**";
      }
      StringBuilder regex = new StringBuilder();
      for (int i = 0; i < ant.length(); i++) {
        char c = ant.charAt(i);
        if (ant.startsWith("**/", i)) {
          regex.append("(?:.*/)?");
          i += 2;
        } else if (ant.startsWith("**", i)) {
          regex.append(".*");
          i += 1;
        } else if (c == '*') {
          regex.append("[^/]*");
        } else if (c == '?') {
          regex.append("[^/]");
        } else {
          regex.append(Pattern.quote(String.valueOf(c)));
        }
      }
      compiled.add(Pattern.compile(regex.toString()));
    }
    return compiled;
  }
}
