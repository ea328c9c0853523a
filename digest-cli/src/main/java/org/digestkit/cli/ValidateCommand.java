package org.digestkit.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.digestkit.cli.report.FileResult;
import org.digestkit.cli.report.Reporter;
import org.digestkit.cli.report.Totals;
import org.digestkit.core.DigestParser;
import org.digestkit.core.io.AtomicFile;
import org.digestkit.validate.DigestValidator;
import org.digestkit.validate.Finding;
import org.digestkit.validate.Severity;
import org.digestkit.validate.ValidationReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code digest validate PATH…}: checks posts and reports findings in a format CI tools read. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check posts (files, folders with *.md or *.markdown below them, globs) and report findings.")
final class ValidateCommand implements java.util.concurrent.Callable<Integer> {

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders or globs.")
  List<String> paths;

  @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (default: the nearest "
      + ".digestkit.yaml above each post).")
  Path config;

  @Option(names = "--profile", paramLabel = "NAME", description = "Profile to start from (default, aicode-ai-daily).")
  String profile;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", completionCandidates = Format.Names.class,
      description = "text, json, sarif, github or junit (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--fail-on", defaultValue = "error", paramLabel = "SEVERITY", converter = FailOn.Converter.class,
      completionCandidates = FailOn.Names.class,
      description = "Exit 1 when a finding is at least this severe: error or warning (default: ${DEFAULT-VALUE}).")
  FailOn failOn;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE.")
  Path output;

  @Option(names = "--color", defaultValue = "auto", paramLabel = "WHEN", completionCandidates = Color.Names.class,
      description = "auto, always or never (default: ${DEFAULT-VALUE}).")
  Color color;

  @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Posts checked in parallel (default: all cores).")
  int jobs = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() throws IOException {
    Severity threshold = failOn.severity;
    PrintWriter err = spec.commandLine().getErr();
    PostFiles.Found found = PostFiles.find(paths);
    for (String problem : found.problems()) {
      err.println("digest: " + problem);
    }
    Validators validators = new Validators(config, profile).prepare(found.posts());
    // a report file is written in full or not at all: an interrupted run leaves the previous report in place
    AtomicFile file = output == null ? null : AtomicFile.open(output);
    Writer out = file == null ? spec.commandLine().getOut()
        : new OutputStreamWriter(file.stream(), StandardCharsets.UTF_8);
    boolean useColor = color == Color.ALWAYS || color == Color.AUTO && output == null && System.console() != null
        && System.getenv("NO_COLOR") == null;
    Reporter reporter = Reporter.forFormat(format.label(), out, useColor && format == Format.TEXT);
    Totals totals = new Totals();
    boolean failed = false;
    try {
      List<DigestValidator.ActiveRule> rules = found.posts().isEmpty()
          ? validators.forPost(Path.of(".").toAbsolutePath().resolve("x.md")).rules()
          : validators.forPost(found.posts().get(0)).rules();
      reporter.begin(rules.stream().filter(DigestValidator.ActiveRule::enabled).toList());
      Progress progress = new Progress(err, found.posts().size());
      ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, jobs), r -> {
        Thread t = new Thread(r, "digest-validate");
        t.setDaemon(true);
        return t;
      });
      try {
        ArrayDeque<Future<FileResult>> window = new ArrayDeque<>();
        int limit = Math.max(1, jobs) * 8;
        for (Path post : found.posts()) {
          window.add(pool.submit(() -> check(validators, post, format == Format.TEXT)));
          if (window.size() >= limit) {
            failed |= emit(window.poll(), reporter, totals, threshold, progress);
          }
        }
        while (!window.isEmpty()) {
          failed |= emit(window.poll(), reporter, totals, threshold, progress);
        }
      } finally {
        pool.shutdownNow();
        progress.done();
      }
      reporter.end(totals);
      out.flush();
      if (file != null) {
        file.commit();
      }
    } finally {
      if (file != null) {
        file.close(); // removes the temporary file unless it was committed
      } else {
        out.flush();
      }
    }
    if (!found.problems().isEmpty() || totals.unreadable > 0) {
      return ExitCodes.ERROR;
    }
    return failed ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  private static boolean emit(Future<FileResult> future, Reporter reporter, Totals totals, Severity threshold,
      Progress progress) throws IOException {
    FileResult result;
    try {
      result = future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted");
    } catch (ExecutionException e) {
      // check() turns I/O problems into results: what is left is a bug or an Error, reported as itself
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
    reporter.file(result);
    totals.add(result);
    progress.step();
    return result.findings().stream().anyMatch(f -> f.severity().isAtLeast(threshold));
  }

  /** Checks one post; I/O problems become the result's error, never an exception. */
  static FileResult check(Validators validators, Path post, boolean wantLines) {
    String name = post.toString();
    try {
      ValidationReport report = validators.forPost(post).validate(post);
      Map<Integer, String> lines = new HashMap<>();
      // the validator refused a post over the size limit before reading it: its lines are not read either
      if (wantLines && !report.findings().isEmpty() && Files.size(post) <= MAX_POST_BYTES) {
        // only a leading byte order mark is not part of the first line: one inside a line is a column of it
        String text = new String(Files.readAllBytes(post), StandardCharsets.UTF_8);
        List<String> all = List.of((text.startsWith("\uFEFF") ? text.substring(1) : text)
            .split("\r\n|\r|\n", -1));
        for (Finding f : report.findings()) {
          if (f.line() >= 1 && f.line() <= all.size()) {
            lines.put(f.line(), all.get(f.line() - 1)); // the text reporter shows a window of it
          }
        }
      }
      return new FileResult(name, report.findings(), lines, null);
    } catch (IOException e) {
      return new FileResult(name, new ArrayList<>(), Map.of(), "cannot read: " + Errors.describe(e));
    }
  }

  /** The largest post file the parser reads (its character limit, three UTF-8 bytes each). */
  private static final long MAX_POST_BYTES = DigestParser.defaults().limits().maxPostChars() * 3L;

  /** {@code --format}: the report formats. */
  enum Format {
    TEXT, JSON, SARIF, GITHUB, JUNIT;

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The names offered by help and shell completion. */
    static final class Names extends ArrayList<String> {
      private static final long serialVersionUID = 1L;

      Names() {
        super(Arrays.stream(values()).map(Format::label).toList());
      }
    }
  }

  /** {@code --fail-on}: the least severe finding that fails the run ({@code warn} is read as warning). */
  enum FailOn {
    ERROR(Severity.ERROR), WARNING(Severity.WARNING);

    final Severity severity;

    FailOn(Severity severity) {
      this.severity = severity;
    }

    /** Reads error, warning or warn, in any case. */
    static final class Converter implements CommandLine.ITypeConverter<FailOn> {
      @Override
      public FailOn convert(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        return switch (v) {
          case "error" -> ERROR;
          case "warning", "warn" -> WARNING;
          default -> throw new CommandLine.TypeConversionException("'" + value + "' is not error or warning");
        };
      }
    }

    /** The names offered by help and shell completion. */
    static final class Names extends ArrayList<String> {
      private static final long serialVersionUID = 1L;

      Names() {
        super(List.of("error", "warning"));
      }
    }
  }

  /** {@code --color}: when the text report is colored. */
  enum Color {
    AUTO, ALWAYS, NEVER;

    /** The names offered by help and shell completion. */
    static final class Names extends ArrayList<String> {
      private static final long serialVersionUID = 1L;

      Names() {
        super(List.of("auto", "always", "never"));
      }
    }
  }

  /** A progress line on a terminal for long runs. */
  static final class Progress {
    private final PrintWriter err;
    private final int total;
    private final boolean on;
    private int done;

    Progress(PrintWriter err, int total) {
      this.err = err;
      this.total = total;
      this.on = System.console() != null && total >= 500;
    }

    void step() {
      done++;
      if (on && (done % 100 == 0 || done == total)) {
        err.print("\rchecked " + done + "/" + total);
        err.flush();
      }
    }

    void done() {
      if (on) {
        err.print("\r" + " ".repeat(40) + "\r");
        err.flush();
      }
    }
  }
}
