package org.digestkit.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.digestkit.core.Digest;
import org.digestkit.core.json.DigestJson;
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

  @Option(names = "--to", defaultValue = "markdown", description = "markdown or json (default: ${DEFAULT-VALUE}).")
  String to;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path output;

  @Override
  public Integer call() throws IOException {
    String result;
    if (to.equals("json")) {
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
    } else if (to.equals("markdown")) {
      Digest digest = DigestJson.fromJson(Files.readString(input, StandardCharsets.UTF_8));
      String markdown = digest.toMarkdown();
      Optional<String> difference = digest.readBackDifference();
      if (difference.isPresent()) {
        spec.commandLine().getErr().println("digest: " + input + ": the post would read back as another one ("
            + difference.get() + "); not written");
        return ExitCodes.ERROR;
      }
      result = markdown + "\n";
    } else {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--to takes markdown or json");
    }
    if (output == null) {
      spec.commandLine().getOut().print(result);
    } else {
      AtomicOutput.write(output, result.getBytes(StandardCharsets.UTF_8));
    }
    return ExitCodes.OK;
  }
}
