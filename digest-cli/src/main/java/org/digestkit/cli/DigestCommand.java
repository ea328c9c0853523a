package org.digestkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.digestkit.core.DigestException;
import org.digestkit.validate.ValidationConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code digest}: read, check, format, fix, render and generate digest posts. */
@Command(
    name = "digest",
    mixinStandardHelpOptions = true,
    versionProvider = DigestCommand.Version.class,
    description = "Read, check, format, fix, render and generate digest posts (Markdown with YAML front matter).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:clean", "1:findings at or above --fail-on, or files --check would change",
        "2:usage, configuration or I/O error, or a post left alone (it does not parse, or fmt or convert would"
            + " change what it means)"})
public final class DigestCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** {@code digest} alone: the usage, on standard error, as a usage error. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.ERROR;
  }

  /** The subcommand that prints a completion script (also called {@code generate-completion}). */
  private static final String COMPLETION = "completion";

  /** The subcommands, by name. */
  private static final java.util.Map<String, java.util.function.Supplier<Object>> SUBCOMMANDS =
      new java.util.LinkedHashMap<>();

  static {
    SUBCOMMANDS.put("validate", ValidateCommand::new);
    SUBCOMMANDS.put("fmt", FmtCommand::new);
    SUBCOMMANDS.put("fix", FixCommand::new);
    SUBCOMMANDS.put("render", RenderCommand::new);
    SUBCOMMANDS.put("new", NewCommand::new);
    SUBCOMMANDS.put("convert", ConvertCommand::new);
    SUBCOMMANDS.put("rules", RulesCommand::new);
    SUBCOMMANDS.put(COMPLETION, CompletionCommand::new);
  }

  /** The configured command line with every subcommand (for help and completion). */
  static CommandLine commandLine() {
    return commandLine(null);
  }

  /**
   * The configured command line. When {@code only} names a subcommand, only that one is registered: picocli
   * builds each command's model by reflection, and a run needs one (this saves a third of start-up).
   */
  static CommandLine commandLine(String only) {
    CommandLine cmd = new CommandLine(new DigestCommand());
    // the completion script is made from the whole command line: every subcommand is registered for it
    boolean one = only != null && SUBCOMMANDS.containsKey(only) && !only.equals(COMPLETION);
    for (java.util.Map.Entry<String, java.util.function.Supplier<Object>> e : SUBCOMMANDS.entrySet()) {
      if (!one || e.getKey().equals(only)) {
        cmd.addSubcommand(e.getKey(), e.getValue().get());
      }
    }
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.registerConverter(java.time.LocalDate.class, text -> {
      try {
        return java.time.LocalDate.parse(text);
      } catch (java.time.format.DateTimeParseException e) {
        throw new CommandLine.TypeConversionException("'" + text + "' is not a date (YYYY-MM-DD)");
      }
    });
    cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      boolean expected = ex instanceof ValidationConfig.ConfigException || ex instanceof DigestException
          || ex instanceof IOException || ex instanceof java.io.UncheckedIOException
          || ex instanceof IllegalArgumentException;
      commandLine.getErr().println("digest: " + (expected ? "" : "unexpected error: ") + Errors.describe(ex));
      if (!expected && System.getenv("DIGEST_DEBUG") != null) {
        ex.printStackTrace(commandLine.getErr());
      }
      return ExitCodes.ERROR;
    });
    cmd.setExitCodeExceptionMapper(ex -> ExitCodes.ERROR);
    return cmd;
  }

  /** Reads the version written into the jar at build time. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = DigestCommand.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {"digest " + p.getProperty("version", "unknown"), "Java " + Runtime.version()};
    }
  }
}
