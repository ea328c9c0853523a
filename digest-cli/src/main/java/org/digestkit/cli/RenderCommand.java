package org.digestkit.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.digestkit.core.Digest;
import org.digestkit.core.DigestParseException;
import org.digestkit.core.io.AtomicFile;
import org.digestkit.render.DigestRenderer;
import org.digestkit.render.DigestRenderers;
import org.digestkit.render.RenderException;
import org.digestkit.render.RenderOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code digest render --format FORMAT PATH… [-o DIR]}: one output per post (html, html-page, markdown, json,
 * text, telegram), or one feed over all posts (rss, atom, jsonfeed).
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

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Write files into DIR (default: standard output).")
  Path output;

  @Option(names = "--trust-footer", description = "Write footers' raw HTML as is (trusted pipelines only).")
  boolean trustFooter;

  @Option(names = "--site-url", paramLabel = "URL", description = "The site address, for feeds.")
  String siteUrl = "https://example.invalid/";

  @Option(names = "--site-title", paramLabel = "TITLE", description = "The site title, for feeds.")
  String siteTitle = "Digest";

  @Override
  public Integer call() throws IOException {
    String ext = EXTENSIONS.get(format);
    if (ext == null) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--format takes one of "
          + String.join(", ", DigestRenderers.formats()));
    }
    RenderOptions options = RenderOptions.defaults().withTrustedFooter(trustFooter)
        .withSite(siteUrl, siteTitle, d -> d.frontMatter().dateText().orElse("post") + "/");
    DigestRenderer renderer = DigestRenderers.forFormat(format, options);
    PostFiles.Found found = PostFiles.find(paths);
    found.problems().forEach(p -> spec.commandLine().getErr().println("digest: " + p));
    int failed = found.problems().size();
    boolean feed = !ext.startsWith(".");
    if (output != null) {
      Files.createDirectories(output);
    }
    List<Digest> all = new ArrayList<>();
    for (Path post : found.posts()) {
      try {
        Digest d = Digest.parse(post);
        if (feed) {
          all.add(d);
          continue;
        }
        String out = renderer.render(d);
        if (output == null) {
          spec.commandLine().getOut().print(out);
        } else {
          String name = post.getFileName().toString().replaceFirst("\\.md$", "") + ext;
          AtomicFile.write(output.resolve(name), out.getBytes(StandardCharsets.UTF_8));
        }
      } catch (DigestParseException e) {
        failed++;
        spec.commandLine().getErr().println(e.getMessage() + " [" + e.code() + "]");
      } catch (RenderException e) {
        failed++;
        spec.commandLine().getErr().println("digest: " + post + ": " + e.getMessage());
      }
    }
    if (feed) {
      String out = renderer.render(all);
      if (output == null) {
        spec.commandLine().getOut().print(out);
      } else {
        AtomicFile.write(output.resolve(ext), out.getBytes(StandardCharsets.UTF_8));
      }
    }
    return failed > 0 ? ExitCodes.ERROR : ExitCodes.OK;
  }
}
