package org.digestkit.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.digestkit.core.Digest;
import org.digestkit.core.model.TextLayout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code digest fmt PATH…}: rewrites posts in the canonical style (see {@code DigestWriter}), keeping each file's
 * BOM, line endings and final newline; unchanged files are not touched. A post whose canonical form would render
 * differently (by CommonMark) or read back as another post is left alone, and the reason is reported with the line
 * and column of the first difference; the run then exits {@link ExitCodes#ERROR}, as for a post that does not
 * parse (gofmt and Prettier exit 2 for a file they cannot format), the others still formatted.
 */
@Command(name = "fmt", mixinStandardHelpOptions = true,
    description = {"Rewrite posts in the canonical style, safely (unchanged files are not touched).",
        "A post whose formatted form would mean something else (its HTML by CommonMark with GFM tables) is left"
            + " alone, with the line and column of the first difference."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:formatted, or already canonical", "1:with --check, files that would change",
        "2:a post left alone (it does not parse, or formatting would change what it means), usage or I/O error"})
final class FmtCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders or globs.")
  List<String> paths;

  @Option(names = "--check", description = "Write nothing; exit 1 if any file would change.")
  boolean check;

  @Override
  public Integer call() {
    PostFiles.Found found = PostFiles.find(paths);
    found.problems().forEach(p -> spec.commandLine().getErr().println("digest: " + p));
    Rewrite rewrite = new Rewrite(spec.commandLine().getOut(), spec.commandLine().getErr());
    Rewrite.Outcome outcome = rewrite.run(found.posts(), (file, text, digest) -> format(file, digest),
        check ? Rewrite.Mode.CHECK : Rewrite.Mode.WRITE, "format", true);
    if (outcome.failed() > 0 || !found.problems().isEmpty()) {
      return ExitCodes.ERROR;
    }
    return check && outcome.changed() > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  /**
   * The canonical text of a post in its own layout (BOM, line separator, and a final newline if it had one), or an
   * {@link IOException} naming where the canonical form would change what the post means.
   */
  static String format(Path file, Digest digest) throws IOException {
    Optional<String> difference = digest.readBackDifference();
    if (difference.isPresent()) {
      throw new IOException(file + ": to format it would change what the post means; left alone: "
          + difference.get());
    }
    TextLayout layout = digest.layout();
    String canonical = digest.toCanonicalMarkdown();
    if (!layout.trailing().isEmpty()) {
      canonical = canonical + "\n";
    }
    if (!layout.lineSeparator().equals("\n")) {
      canonical = canonical.replace("\n", layout.lineSeparator());
    }
    return layout.bom() ? "\uFEFF" + canonical : canonical;
  }
}
