package org.digestkit.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.digestkit.core.Digest;
import org.digestkit.core.DigestParser;
import org.digestkit.core.io.AtomicFile;
import org.digestkit.core.json.DigestJson;
import org.digestkit.core.json.DigestJsonException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code digest convert}: JSON (digest-core's schema) to Markdown, or Markdown to JSON with {@code --to json}. */
@Command(name = "convert", mixinStandardHelpOptions = true,
    description = "Convert a post between JSON (digest.schema.json) and Markdown.")
final class ConvertCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "A .json post (to Markdown) or a .md post (with --to json).")
  Path input;

  @Option(names = "--to", defaultValue = "markdown", paramLabel = "FORMAT", completionCandidates = Target.Names.class,
      description = "markdown or json (default: ${DEFAULT-VALUE}).")
  Target to;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path output;

  /** What to convert to. */
  enum Target {
    MARKDOWN, JSON;

    /** The names offered by help and shell completion. */
    static final class Names extends java.util.ArrayList<String> {
      private static final long serialVersionUID = 1L;

      Names() {
        super(java.util.List.of("markdown", "json"));
      }
    }
  }

  @Override
  public Integer call() throws IOException {
    String result;
    if (to == Target.JSON) {
      Digest digest = Digest.parse(input);
      String json = DigestJson.toJson(digest);
      // the JSON holds the model, whose Markdown is the canonical form: it must mean what the post means
      Optional<String> difference = digest.readBackDifference();
      if (difference.isEmpty() && !DigestJson.fromJson(json).equals(digest)) {
        difference = Optional.of("the JSON reads back as another post");
      }
      if (difference.isPresent()) {
        spec.commandLine().getErr().println("digest: " + input + ": the JSON would not mean what the post means ("
            + difference.get() + "); not written");
        return ExitCodes.ERROR;
      }
      result = json + "\n";
    } else {
      // read as a post is read: under the size limit, strict UTF-8 (errors with line and column)
      String json = DigestParser.defaults().readText(input);
      Digest digest;
      try {
        digest = DigestJson.fromJson(json);
      } catch (DigestJsonException e) {
        if (looksLikeMarkdown(json)) {
          throw new IOException(input + ": looks like Markdown, not JSON; to convert Markdown to JSON, add --to"
              + " json");
        }
        throw new IOException(input + ": " + Errors.describe(e), e);
      }
      String markdown = digest.toMarkdown();
      Optional<String> difference = digest.readBackDifference();
      if (difference.isPresent()) {
        spec.commandLine().getErr().println("digest: " + input + ": the post would read back as another one ("
            + difference.get() + "); not written");
        return ExitCodes.ERROR;
      }
      result = markdown + "\n";
    }
    if (output == null) {
      spec.commandLine().getOut().print(result);
    } else {
      AtomicFile.write(output, result.getBytes(StandardCharsets.UTF_8));
    }
    return ExitCodes.OK;
  }

  /** Text that opens with front matter or a heading, or whose file is named like a post, rather than with JSON. */
  private boolean looksLikeMarkdown(String text) {
    String start = text.stripLeading().replaceFirst("^\uFEFF", "");
    if (start.startsWith("{") || start.startsWith("[")) {
      return false;
    }
    return start.startsWith("---") || start.startsWith("#") || PostFiles.isPostName(input);
  }
}
