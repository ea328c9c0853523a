package org.digestkit.bench;

import java.util.Arrays;
import java.util.Locale;
import org.digestkit.core.DigestParser;
import org.digestkit.validate.DigestValidator;
import org.digestkit.validate.RuleSetting;
import org.digestkit.validate.ValidationConfig;
import org.digestkit.validate.spi.RuleOptions;

/**
 * The cost of validation on top of parsing, measured as JMH's pair measures it (a pass of {@code parse} over
 * every post, a pass of {@code validate} with every rule of the blog's profile) but with the two passes
 * alternating in one JVM: a slow phase of a shared machine then slows both series alike instead of one of them,
 * which is what made JMH's separate series of the pair differ by up to half between runs. A complement to
 * {@code run.sh}'s table, not a replacement: it prints the ratio of the fastest passes and of the medians.
 *
 * <p>{@code java -cp benchmarks.jar org.digestkit.bench.InterleavedValidationCost [rounds [rule,rule...]]} (default
 * 60 rounds, after 24 s of warm-up; the rules named are turned off, to see what they cost;
 * {@code -Ddigestkit.corpus=DIR} as for the benchmarks).
 */
public final class InterleavedValidationCost {
  /** The file name every pass validates under, as in {@link PipelineBenchmark}: profile rules read its date. */
  private static final String FILE = "2026-01-01-post.md";

  private InterleavedValidationCost() {}

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
    Corpus corpus = new Corpus();
    DigestParser parser = DigestParser.defaults();
    ValidationConfig config = ValidationConfig.profile("aicode-ai-daily");
    if (args.length > 1) {
      for (String id : args[1].split(",")) {
        config = config.withRule(id, new RuleSetting(false, null, RuleOptions.NONE));
      }
    }
    DigestValidator validator = DigestValidator.of(config);
    double[] parse = new double[rounds];
    double[] parseAndValidate = new double[rounds];
    long sink = 0;
    // warm-up by time, as JMH's (6 × 2 s per series): the JIT needs seconds, not a few rounds
    long warm = System.nanoTime() + 24_000_000_000L;
    while (System.nanoTime() < warm) {
      for (String text : corpus.texts) {
        sink += parser.parse(text).sections().size() + validator.validate(text, FILE).findings().size();
      }
    }
    for (int r = 0; r < rounds; r++) {
      long t0 = System.nanoTime();
      for (String text : corpus.texts) {
        sink += parser.parse(text).sections().size();
      }
      long t1 = System.nanoTime();
      for (String text : corpus.texts) {
        sink += validator.validate(text, FILE).findings().size();
      }
      long t2 = System.nanoTime();
      parse[r] = (t1 - t0) / 1e6;
      parseAndValidate[r] = (t2 - t1) / 1e6;
    }
    Arrays.sort(parse);
    Arrays.sort(parseAndValidate);
    System.out.printf(Locale.ROOT, "corpus: %s; %d rounds after 24 s of warm-up (checksum %d)%s%n", corpus.source,
        rounds, sink % 97, args.length > 1 ? "; rules off: " + args[1] : "");
    System.out.printf(Locale.ROOT, "| series | fastest pass ms | median pass ms |%n|---|---|---|%n");
    System.out.printf(Locale.ROOT, "| parse | %.2f | %.2f |%n", parse[0], parse[rounds / 2]);
    System.out.printf(Locale.ROOT, "| parse + validate | %.2f | %.2f |%n", parseAndValidate[0],
        parseAndValidate[rounds / 2]);
    System.out.printf(Locale.ROOT,
        "validation cost on top of parsing: +%.0f %% (fastest passes), +%.0f %% (medians); goal <= +50 %%%n",
        100 * (parseAndValidate[0] - parse[0]) / parse[0],
        100 * (parseAndValidate[rounds / 2] - parse[rounds / 2]) / parse[rounds / 2]);
  }
}
