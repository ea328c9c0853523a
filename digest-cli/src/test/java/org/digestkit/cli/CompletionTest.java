package org.digestkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code digest completion}'s script, loaded in bash and asked what it completes: every subcommand, every option
 * of each, and the values of enum-like options — checked against the command line's own model, so a new option
 * cannot be missed.
 */
class CompletionTest {
  @TempDir
  Path dir;

  @Test
  void theScriptCompletesEverySubcommandOptionAndValue() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash is needed");
    Cli generated = Cli.run("completion");
    assertThat(generated.exit()).isZero();
    assertThat(Cli.run("generate-completion").out()).isEqualTo(generated.out());
    Path script = Files.writeString(dir.resolve("digest.bash"), generated.out());

    CommandLine model = DigestCommand.commandLine();
    assertThat(complete(script, "")).containsExactlyInAnyOrderElementsOf(model.getSubcommands().keySet());
    for (Map.Entry<String, CommandLine> sub : model.getSubcommands().entrySet()) {
      List<String> options = new ArrayList<>();
      for (CommandLine.Model.OptionSpec option : sub.getValue().getCommandSpec().options()) {
        options.addAll(Arrays.asList(option.names()));
      }
      assertThat(complete(script, sub.getKey() + " -")).as(sub.getKey()).containsExactlyInAnyOrderElementsOf(options);
    }
    assertThat(complete(script, "validate --format ")).containsExactly("text", "json", "sarif", "github", "junit");
    assertThat(complete(script, "validate --fail-on ")).containsExactly("error", "warning");
    assertThat(complete(script, "convert --to ")).containsExactly("markdown", "json");
  }

  /** What bash offers after {@code digest LINE} with the script loaded. */
  private static List<String> complete(Path script, String line) throws Exception {
    String driver = "source \"$1\"; complete -p digest >/dev/null || exit 3; COMP_LINE=\"digest $2\"; "
        + "read -r -a COMP_WORDS <<< \"digest $2\"; [[ \"$2\" == *' ' || -z \"$2\" ]] && COMP_WORDS+=(''); "
        + "COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); _complete_digest; printf '%s\\n' \"${COMPREPLY[@]}\"";
    Process p = new ProcessBuilder("bash", "-c", driver, "bash", script.toString(), line)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out.lines().filter(s -> !s.isEmpty()).toList();
  }
}
