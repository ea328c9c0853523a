package org.digestkit.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/**
 * {@code digest completion}: a bash (and zsh, through bashcompinit) completion script that knows every subcommand,
 * option and option value, made by picocli from the command line itself. Install: {@code source <(digest
 * completion)}, or save it to {@code /etc/bash_completion.d/digest}.
 */
@Command(name = "completion", aliases = "generate-completion", mixinStandardHelpOptions = true,
    description = "Print a bash/zsh completion script: source <(digest completion).")
final class CompletionCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(AutoComplete.bash("digest", spec.root().commandLine()));
    return ExitCodes.OK;
  }
}
