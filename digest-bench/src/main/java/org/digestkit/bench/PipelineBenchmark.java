package org.digestkit.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.digestkit.core.Digest;
import org.digestkit.core.DigestParser;
import org.digestkit.render.DigestRenderer;
import org.digestkit.render.DigestRenderers;
import org.digestkit.render.telegram.TelegramRenderer;
import org.digestkit.validate.DigestValidator;
import org.digestkit.validate.ValidationConfig;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * One operation = one pass over every post of the corpus. Baselines (byte decoding, commonmark-java parse and
 * parse + HTML of each body, Jackson YAML of each front matter) run in the same JVM and run as digestkit's
 * operations, so ratios between them are meaningful on a noisy machine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 8, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class PipelineBenchmark {
  Corpus corpus;
  Parser commonmark;
  HtmlRenderer commonmarkHtml;
  YAMLMapper yaml;
  DigestParser parser;
  DigestValidator validator;
  DigestRenderer html;
  TelegramRenderer telegram;
  DigestRenderer json;
  List<Digest> digests;

  @Setup
  public void setUp() {
    corpus = new Corpus();
    commonmark = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    commonmarkHtml = HtmlRenderer.builder().extensions(List.of(TablesExtension.create())).build();
    yaml = YAMLMapper.builder().build();
    parser = DigestParser.defaults();
    validator = DigestValidator.of(ValidationConfig.profile("aicode-ai-daily"));
    html = DigestRenderers.forFormat("html");
    telegram = new TelegramRenderer();
    json = DigestRenderers.forFormat("json");
    digests = new ArrayList<>();
    for (String t : corpus.texts) {
      digests.add(parser.parse(t));
    }
  }

  @Benchmark
  public void baselineDecodeUtf8(Blackhole bh) {
    for (byte[] b : corpus.bytes) {
      bh.consume(new String(b, StandardCharsets.UTF_8));
    }
  }

  @Benchmark
  public void baselineCommonmarkParse(Blackhole bh) {
    for (String body : corpus.bodies) {
      bh.consume(commonmark.parse(body));
    }
  }

  @Benchmark
  public void baselineCommonmarkParseAndHtml(Blackhole bh) {
    for (String body : corpus.bodies) {
      Node doc = commonmark.parse(body);
      bh.consume(commonmarkHtml.render(doc));
    }
  }

  @Benchmark
  public void baselineJacksonYamlFrontMatter(Blackhole bh) {
    for (String fm : corpus.frontMatters) {
      bh.consume(yaml.readTree(fm));
    }
  }

  @Benchmark
  public void digestParse(Blackhole bh) {
    for (String t : corpus.texts) {
      bh.consume(parser.parse(t));
    }
  }

  @Benchmark
  public void digestParseBytes(Blackhole bh) {
    for (byte[] b : corpus.bytes) {
      bh.consume(parser.parse(b));
    }
  }

  @Benchmark
  public void digestWriteLossless(Blackhole bh) {
    for (Digest d : digests) {
      bh.consume(d.toMarkdown());
    }
  }

  @Benchmark
  public void digestParseAndValidate(Blackhole bh) {
    for (String t : corpus.texts) {
      bh.consume(validator.validate(t, "2026-01-01-post.md"));
    }
  }

  @Benchmark
  public void digestRenderHtml(Blackhole bh) {
    for (Digest d : digests) {
      bh.consume(html.render(d));
    }
  }

  @Benchmark
  public void digestRenderTelegram(Blackhole bh) {
    for (Digest d : digests) {
      bh.consume(telegram.messages(d));
    }
  }

  @Benchmark
  public void digestRenderJson(Blackhole bh) {
    for (Digest d : digests) {
      bh.consume(json.render(d));
    }
  }
}
