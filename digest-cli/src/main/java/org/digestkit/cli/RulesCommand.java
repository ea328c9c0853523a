package org.digestkit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.digestkit.cli.report.Escapes;
import org.digestkit.validate.DigestValidator;
import org.digestkit.validate.RuleDocs;
import org.digestkit.validate.spi.DigestRule;
import org.digestkit.validate.spi.RuleOption;
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
      if (page != null) {
        out.print(page);
        return ExitCodes.OK;
      }
    }
    DigestValidator validator = new Validators(config, profile).forPost(Path.of("").toAbsolutePath().resolve("x.md"));
    if (id != null) {
      for (DigestValidator.ActiveRule r : validator.rules()) {
        if (r.rule().id().equals(id)) {
          describe(r, out);
          return ExitCodes.OK;
        }
      }
      spec.commandLine().getErr().println("digest: no rule '" + Escapes.visible(id) + "' (see `digest rules`)");
      return ExitCodes.ERROR;
    }
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

  /** A rule without a page of its own (a third-party rule): what it declares, and its setting in force. */
  private static void describe(DigestValidator.ActiveRule r, PrintWriter out) {
    DigestRule rule = r.rule();
    out.println("# " + Escapes.visible(rule.id()));
    out.println();
    out.println(Escapes.visible(rule.description()));
    out.println();
    out.println("- provided by: " + Escapes.visible(rule.getClass().getName()));
    out.println("- default: " + rule.defaultSeverity().label() + (rule.enabledByDefault() ? "" : ", off (opt-in)"));
    out.println("- in force: " + r.severity().label() + ", " + (r.enabled() ? "on" : "off"));
    out.println("- runs on: " + (rule.appliesToAllPosts() ? "every post" : "digests"));
    out.println("- fixes: " + (rule.offersFixes() ? "yes (`digest fix`)" : "no"));
    out.println("- options:" + (rule.declaredOptions().isEmpty() ? " none besides severity and enabled" : ""));
    for (RuleOption o : rule.declaredOptions()) {
      out.println("  - `" + Escapes.visible(o.key()) + "` (" + values(o) + "): " + Escapes.visible(o.description()));
    }
  }

  /** What values an option takes, in words: its type and, for numbers and choices, their range. */
  private static String values(RuleOption o) {
    return switch (o.type()) {
      case INTEGER -> "whole number, " + number(o.min()) + " to " + number(o.max());
      case DECIMAL -> "number, " + number(o.min()) + " to " + number(o.max());
      case INTEGERS -> "list of whole numbers, " + number(o.min()) + " to " + number(o.max());
      case BOOLEAN -> "true or false";
      case STRING -> "string";
      case PATTERN -> "regular expression";
      case CHOICE -> "one of " + Escapes.visible(String.join(", ", o.choices()));
      case STRINGS -> "list of strings";
      case STRING_LISTS -> "mapping from keys to lists of strings";
      case PATH_OR_MAPPING -> "file path or mapping";
    };
  }

  private static String number(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e18 ? Long.toString((long) d) : Double.toString(d);
  }
}
