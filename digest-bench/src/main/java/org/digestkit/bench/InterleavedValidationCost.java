package org.digestkit.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.digestkit.core.DigestParser;
import org.digestkit.validate.DigestValidator;
import org.digestkit.validate.RuleSetting;
import org.digestkit.validate.ValidationConfig;
import org.digestkit.validate.spi.RuleOptions;

/**
 * The validation floor (parse + validate at least 1.25× as fast as commonmark-java's plain parse of the same
 * bodies), measured as JMH's series measure it (a pass of commonmark-java's parse over every body, a pass of
 * {@code parse} over every post, a pass of {@code validate} with every rule of the blog's profile) but with the
 * three passes alternating in one JVM: a slow phase of a shared machine then slows every series alike instead of
 * one of them. A complement to {@code run.sh}'s table, not a replacement: it prints the ratios of the fastest
 * passes and of the medians.
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
    Parser commonmark = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    DigestParser parser = DigestParser.defaults();
    ValidationConfig config = ValidationConfig.profile("aicode-ai-daily");
    if (args.length > 1) {
      for (String id : args[1].split(",")) {
        config = config.withRule(id, new RuleSetting(false, null, RuleOptions.NONE));
      }
    }
    DigestValidator validator = DigestValidator.of(config);
    double[] commonmarkParse = new double[rounds];
    double[] parse = new double[rounds];
    double[] parseAndValidate = new double[rounds];
    long sink = 0;
    // warm-up by time, as JMH's (6 × 2 s per series): the JIT needs seconds, not a few rounds
    long warm = System.nanoTime() + 24_000_000_000L;
    while (System.nanoTime() < warm) {
      for (String body : corpus.bodies) {
        sink += commonmark.parse(body).hashCode() & 1;
      }
      for (String text : corpus.texts) {
        sink += parser.parse(text).sections().size() + validator.validate(text, FILE).findings().size();
      }
    }
    for (int r = 0; r < rounds; r++) {
      long tc = System.nanoTime();
      for (String body : corpus.bodies) {
        sink += commonmark.parse(body).hashCode() & 1;
      }
      long t0 = System.nanoTime();
      commonmarkParse[r] = (t0 - tc) / 1e6;
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
    Arrays.sort(commonmarkParse);
    Arrays.sort(parse);
    Arrays.sort(parseAndValidate);
    System.out.printf(Locale.ROOT, "corpus: %s; %d rounds after 24 s of warm-up (checksum %d)%s%n", corpus.source,
        rounds, sink % 97, args.length > 1 ? "; rules off: " + args[1] : "");
    System.out.printf(Locale.ROOT, "| series | fastest pass ms | median pass ms |%n|---|---|---|%n");
    System.out.printf(Locale.ROOT, "| commonmark-java parse | %.2f | %.2f |%n", commonmarkParse[0],
        commonmarkParse[rounds / 2]);
    System.out.printf(Locale.ROOT, "| parse | %.2f | %.2f |%n", parse[0], parse[rounds / 2]);
    System.out.printf(Locale.ROOT, "| parse + validate | %.2f | %.2f |%n", parseAndValidate[0],
        parseAndValidate[rounds / 2]);
    System.out.printf(Locale.ROOT, "parse vs commonmark-java parse: %.2fx (fastest passes), %.2fx (medians); floor 2x%n",
        commonmarkParse[0] / parse[0], commonmarkParse[rounds / 2] / parse[rounds / 2]);
    System.out.printf(Locale.ROOT,
        "parse + validate vs commonmark-java parse: %.2fx (fastest passes), %.2fx (medians); floor 1.25x%n",
        commonmarkParse[0] / parseAndValidate[0], commonmarkParse[rounds / 2] / parseAndValidate[rounds / 2]);
  }
}
