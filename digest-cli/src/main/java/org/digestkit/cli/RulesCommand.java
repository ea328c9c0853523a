package org.digestkit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.digestkit.cli.report.Escapes;
import org.digestkit.validate.DigestValidator;
import org.digestkit.validate.RuleDocs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code digest rules [ID]}: the rules with their severity and state in the profile in force, or one rule's page. */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = "List the rules in force, or print one rule's documentation.")
final class RulesCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "ID", description = "A rule id: print its documentation.")
  String id;

  @Option(names = "--config", paramLabel = "FILE", description = "Configuration file.")
  Path config;

  @Option(names = "--profile", paramLabel = "NAME", description = "Profile (default, aicode-ai-daily).")
  String profile;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (id != null) {
      String page = RuleDocs.page(id).orElse(null);
      if (page == null) {
        spec.commandLine().getErr().println("digest: no rule '" + id + "' (see `digest rules`)");
        return ExitCodes.ERROR;
      }
      out.print(page);
      return ExitCodes.OK;
    }
    DigestValidator validator = new Validators(config, profile).forPost(Path.of("").toAbsolutePath().resolve("x.md"));
    out.println("profile: " + Escapes.visible(validator.config().profileName()) + " (digest rules run on: "
        + Escapes.visible(validator.config().digests().describe()) + ")");
    for (Map.Entry<String, String> builtIn : DigestValidator.BUILT_IN.entrySet()) {
      out.printf("%-28s %-8s %-4s %s%n", builtIn.getKey(), "error", "on", builtIn.getValue());
    }
    for (DigestValidator.ActiveRule r : validator.rules()) {
      out.printf("%-28s %-8s %-4s %s%n", Escapes.visible(r.rule().id()), r.severity().label(),
          r.enabled() ? "on" : "off", Escapes.visible(r.rule().description()));
    }
    return ExitCodes.OK;
  }
}
