package org.digestkit.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** The {@code digest} command's entry point: the only place that calls {@link System#exit}. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs the command line in-process and returns its exit code (see {@link ExitCodes}). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cmd = DigestCommand.commandLine(args.length > 0 ? args[0] : null);
    cmd.setOut(out);
    cmd.setErr(err);
    return cmd.execute(args);
  }
}
