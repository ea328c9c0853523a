package org.digestkit.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the pipeline benchmarks and prints a Markdown table of times (the median of the measured iterations),
 * throughput and each digestkit figure as a ratio to its baseline from the same run, of the medians and of the
 * fastest iterations, and names the series a disturbed machine spread out. {@code -Dquick=true} runs shorter
 * iterations.
 */
public final class BenchMain {
  private BenchMain() {}

  public static void main(String[] args) throws RunnerException {
    boolean quick = Boolean.getBoolean("quick");
    ChainedOptionsBuilder opts = new OptionsBuilder().include(PipelineBenchmark.class.getSimpleName());
    if (quick) {
      opts.warmupIterations(4).warmupTime(TimeValue.seconds(2)).measurementIterations(3)
          .measurementTime(TimeValue.seconds(2));
    }
    String corpusDir = System.getProperty("digestkit.corpus");
    if (corpusDir != null) {
      opts.jvmArgsAppend("-Ddigestkit.corpus=" + corpusDir);
    }
    Collection<RunResult> results = new Runner(opts.build()).run();
    // the median of the measured iterations, with their range: one disturbed iteration on a shared machine
    // moves a mean (and its error bar) a lot, a median hardly
    Map<String, double[]> ms = new LinkedHashMap<>();
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark();
      name = name.substring(name.lastIndexOf('.') + 1);
      List<Double> scores = new ArrayList<>();
      for (BenchmarkResult b : r.getBenchmarkResults()) {
        for (IterationResult i : b.getIterationResults()) {
          scores.add(i.getPrimaryResult().getScore());
        }
      }
      Collections.sort(scores);
      int n = scores.size();
      double median = n % 2 == 1 ? scores.get(n / 2) : (scores.get(n / 2 - 1) + scores.get(n / 2)) / 2;
      ms.put(name, new double[] {median, scores.get(0), scores.get(n - 1)});
    }
    Corpus corpus = new Corpus();
    double mb = corpus.totalBytes / 1e6;
    StringBuilder out = new StringBuilder();
    out.append("\nCorpus: ").append(corpus.source).append(String.format(Locale.ROOT, ", %.2f MB%n%n", mb));
    out.append("| operation (one pass over all posts) | ms / pass (median) | min – max | MB/s |\n");
    out.append("|---|---|---|---|\n");
    for (Map.Entry<String, double[]> e : ms.entrySet()) {
      out.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f – %.2f | %.0f |%n", e.getKey(), e.getValue()[0],
          e.getValue()[1], e.getValue()[2], mb / (e.getValue()[0] / 1000)));
    }
    // noise only ever adds time: the ratio of the fastest iterations is shown beside the medians' so that a
    // series disturbed for most of its iterations (which moves its median too) is seen at once
    out.append("\n| ratio (same run) | of the medians | of the fastest iterations | goal |\n|---|---|---|---|\n");
    ratio(out, ms, "parse throughput vs commonmark-java parse", "baselineCommonmarkParse", "digestParse", "≥ 2.0×");
    ratio(out, ms, "parse + validate vs commonmark-java parse", "baselineCommonmarkParse", "digestParseAndValidate",
        "≥ 1.25×");
    ratio(out, ms, "HTML render vs commonmark-java parse + HTML", "baselineCommonmarkParseAndHtml", "digestRenderHtml",
        "≥ 1.0×");
    ratio(out, ms, "Telegram render vs commonmark-java parse + HTML", "baselineCommonmarkParseAndHtml",
        "digestRenderTelegram", "–");
    ratio(out, ms, "lossless write vs UTF-8 decoding", "baselineDecodeUtf8", "digestWriteLossless", "–");
    ratio(out, ms, "parse from bytes vs UTF-8 decoding (the floor)", "baselineDecodeUtf8", "digestParseBytes", "–");
    List<String> disturbed = new ArrayList<>();
    for (Map.Entry<String, double[]> e : ms.entrySet()) {
      if (e.getValue()[2] > 1.25 * e.getValue()[1]) {
        disturbed.add(e.getKey());
      }
    }
    if (!disturbed.isEmpty()) {
      out.append("\nDisturbed series (slowest iteration more than 1.25× the fastest): ")
          .append(String.join(", ", disturbed))
          .append(". Ratios involving them are uncertain; compare the two ratio columns, or run again.\n");
    }
    System.out.println(out);
  }

  private static double get(Map<String, double[]> ms, String name) {
    double[] v = ms.get(name);
    return v == null ? Double.NaN : v[0];
  }

  private static double fastest(Map<String, double[]> ms, String name) {
    double[] v = ms.get(name);
    return v == null ? Double.NaN : v[1];
  }

  private static void ratio(StringBuilder out, Map<String, double[]> ms, String label, String baseline, String ours,
      String goal) {
    out.append(String.format(Locale.ROOT, "| %s | %.2f× | %.2f× | %s |%n", label,
        get(ms, baseline) / get(ms, ours), fastest(ms, baseline) / fastest(ms, ours), goal));
  }
}
