package org.digestkit.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.digestkit.core.Digest;
import org.digestkit.core.DigestParseException;
import org.digestkit.core.io.AtomicFile;
import org.digestkit.render.DigestRenderer;
import org.digestkit.render.DigestRenderers;
import org.digestkit.render.Permalink;
import org.digestkit.render.RenderException;
import org.digestkit.render.RenderOptions;
import org.digestkit.render.feed.FeedRenderer;
import org.digestkit.render.html.HeadingIdStyle;
import org.digestkit.validate.ValidationConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code digest render --format FORMAT PATH… [-o DIR]}: one output per post (html, html-page, markdown, json,
 * text, telegram), or one feed over all posts (rss, atom, jsonfeed). Under {@code -o DIR} each output mirrors its
 * post's path below the inputs' root ({@link OutputPaths}); two posts that would write one file stop the run
 * before anything is written. A post that cannot be read or rendered is reported with its file and the others
 * are still rendered; the exit code is then 2.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
    description = "Render posts: html, html-page, markdown, json, text, telegram, or a feed (rss, atom, jsonfeed).")
final class RenderCommand implements Callable<Integer> {
  private static final Map<String, String> EXTENSIONS = Map.of("html", ".html", "html-page", ".html", "markdown",
      ".md", "json", ".json", "text", ".txt", "telegram", ".telegram.json", "rss", "feed.xml", "atom", "atom.xml",
      "jsonfeed", "feed.json");

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders or globs.")
  List<String> paths;

  @Option(names = "--format", required = true, paramLabel = "FORMAT",
      description = "html, html-page, markdown, json, text, telegram, rss, atom or jsonfeed.")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR",
      description = "Write files into DIR, mirroring the posts' folders (default: standard output).")
  Path output;

  @Option(names = "--trust-footer", description = "Write footers' raw HTML as is (trusted pipelines only).")
  boolean trustFooter;

  @Option(names = "--site-url", paramLabel = "URL",
      description = "The site's address (absolute http or https URL); required for feeds.")
  String siteUrl;

  @Option(names = "--site-title", paramLabel = "TITLE", description = "The site title, for feeds.")
  String siteTitle = "Digest";

  @Option(names = "--permalink", paramLabel = "PATTERN", defaultValue = "{path}.html",
      description = "A post's address below --site-url, for feeds: {path} (the post's file below the inputs' "
          + "root, without extension), {name}, {date}, {year}, {month}, {day} (default: ${DEFAULT-VALUE}, "
          + "the files -o writes).")
  String permalink;

  @Option(names = "--heading-ids", paramLabel = "STYLE",
      description = "HTML heading ids: github or aicode (default: the profile's, else github).")
  String headingIds;

  @Option(names = "--profile", paramLabel = "NAME",
      description = "Take the heading id style from this profile instead of .digestkit.yaml.")
  String profile;

  @Override
  public Integer call() throws IOException {
    String ext = EXTENSIONS.get(format);
    if (ext == null) {
      throw new ParameterException(spec.commandLine(), "--format takes one of "
          + String.join(", ", DigestRenderers.formats()));
    }
    boolean feed = !ext.startsWith(".");
    OutputPaths layout = OutputPaths.forArguments(paths);
    Map<Digest, Path> files = new IdentityHashMap<>();
    DigestRenderer renderer = DigestRenderers.forFormat(format, options(feed, layout, files));
    PostFiles.Found found = PostFiles.find(paths);
    found.problems().forEach(p -> spec.commandLine().getErr().println("digest: " + p));
    int failed = found.problems().size();
    Map<Path, Path> targets = new LinkedHashMap<>();
    if (output != null && !feed) {
      try {
        targets = targets(found.posts(), layout, ext);
      } catch (Refused e) {
        spec.commandLine().getErr().println("digest: " + e.getMessage());
        return ExitCodes.ERROR;
      }
    }
    if (output != null) {
      Files.createDirectories(output);
    }
    List<Digest> all = new ArrayList<>();
    Map<Object, Path> written = new HashMap<>();
    for (Path post : found.posts()) {
      try {
        Digest d = Digest.parse(post);
        if (feed) {
          files.put(d, post);
          all.add(d);
          continue;
        }
        String out = renderer.render(d);
        if (output == null) {
          spec.commandLine().getOut().print(out);
        } else {
          Path target = targets.get(post);
          checkNotWrittenYet(target, written);
          Files.createDirectories(target.toAbsolutePath().getParent());
          AtomicFile.write(target, out.getBytes(StandardCharsets.UTF_8));
          written.put(fileKey(target), post);
        }
      } catch (DigestParseException e) {
        failed++;
        spec.commandLine().getErr().println(e.getMessage() + " [" + e.code() + "]");
      } catch (RenderException | IOException | UncheckedIOException e) {
        failed++;
        spec.commandLine().getErr().println("digest: " + post + ": " + reason(e, post));
      }
    }
    if (feed) {
      failed += writeFeed((FeedRenderer) renderer, all, files, ext);
    }
    return failed > 0 ? ExitCodes.ERROR : ExitCodes.OK;
  }

  private RenderOptions options(boolean feed, OutputPaths layout, Map<Digest, Path> files) {
    RenderOptions options = RenderOptions.defaults().withTrustedFooter(trustFooter).withHeadingIds(headingIdStyle());
    if (siteUrl == null) {
      if (feed) {
        throw new ParameterException(spec.commandLine(), "--format " + format + " needs --site-url: item links and "
            + "ids are the posts' addresses on the site (e.g. --site-url https://blog.example.org/)");
      }
      return options;
    }
    Permalink pattern;
    try {
      pattern = Permalink.of(permalink);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--permalink: " + e.getMessage());
    }
    try {
      return options.withSite(siteUrl, siteTitle, d -> {
        Path file = files.get(d);
        return pattern.link(d, file == null ? null : layout.relative(file));
      });
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--site-url: " + e.getMessage());
    }
  }

  /** --heading-ids, else the style of --profile or of the nearest .digestkit.yaml's profile, else GitHub's. */
  private HeadingIdStyle headingIdStyle() {
    String name = headingIds;
    if (name == null) {
      ValidationConfig config;
      if (profile != null) {
        config = ValidationConfig.profile(profile);
      } else {
        Path found = ValidationConfig.find(OutputPaths.forArguments(paths).root());
        config = found == null ? ValidationConfig.defaults() : ValidationConfig.load(found);
      }
      name = config.headingIds() == null ? HeadingIdStyle.GITHUB.styleName() : config.headingIds();
    }
    try {
      return HeadingIdStyle.of(name);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--heading-ids: " + e.getMessage());
    }
  }

  /**
   * Each post's output file; refuses, before anything is written, two posts with one output or an output that
   * is one of the posts.
   */
  private Map<Path, Path> targets(List<Path> posts, OutputPaths layout, String ext) {
    Set<Object> postFiles = new HashSet<>();
    for (Path post : posts) {
      postFiles.add(fileKey(post));
    }
    Map<Path, Path> targets = new LinkedHashMap<>();
    Map<Path, Path> byTarget = new HashMap<>();
    for (Path post : posts) {
      Path target = layout.output(output, post, ext).normalize();
      Path other = byTarget.putIfAbsent(target.toAbsolutePath(), post);
      if (other != null) {
        throw new Refused(other + " and " + post + " would both be written to " + target
            + "; nothing written (rename one, or render them apart)");
      }
      if (Files.exists(target) && postFiles.contains(fileKey(target))) {
        throw new Refused(target + " is one of the posts; nothing written (choose another -o folder)");
      }
      targets.put(post, target);
    }
    return targets;
  }

  /** Refuses to replace a file this run wrote already (two names of one file, on a case-insensitive disk). */
  private static void checkNotWrittenYet(Path target, Map<Object, Path> written) throws IOException {
    if (Files.exists(target)) {
      Path earlier = written.get(fileKey(target));
      if (earlier != null) {
        throw new IOException("its output " + target + " is the file written for " + earlier + "; not overwritten");
      }
    }
  }

  /** What identifies a file on its disk (the device and inode where the file system has them). */
  private static Object fileKey(Path p) {
    try {
      Object key = Files.readAttributes(p, BasicFileAttributes.class).fileKey();
      return key != null ? key : p.toRealPath();
    } catch (IOException e) {
      return p.toAbsolutePath().normalize();
    }
  }

  /** Renders the feed over every post that parsed, reporting each post left out with its file. */
  private int writeFeed(FeedRenderer renderer, List<Digest> all, Map<Digest, Path> files, String name)
      throws IOException {
    int[] skipped = {0};
    StringBuilder out = new StringBuilder();
    renderer.render(all, out, (d, e) -> {
      skipped[0]++;
      spec.commandLine().getErr().println("digest: " + files.get(d) + ": left out of the feed: " + e.getMessage());
    });
    if (output == null) {
      spec.commandLine().getOut().print(out);
    } else {
      AtomicFile.write(output.resolve(name), out.toString().getBytes(StandardCharsets.UTF_8));
    }
    return skipped[0];
  }

  /** Outputs that cannot be written as asked: the run stops before writing anything. */
  private static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  /** What went wrong with a post, in words (no exception class names). */
  private static String reason(Exception e, Path post) {
    Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
    if (t instanceof FileSystemException f) {
      String why = f instanceof AccessDeniedException ? "permission denied"
          : f instanceof NoSuchFileException ? "no such file" : f.getReason() == null ? "cannot be used" : f.getReason();
      boolean itself = f.getFile() == null || Path.of(f.getFile()).equals(post);
      return itself ? "cannot be read: " + why : "cannot write " + f.getFile() + ": " + why;
    }
    return t.getMessage();
  }
}
