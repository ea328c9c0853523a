package org.digestkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.digestkit.core.Digest;
import org.digestkit.core.DigestParser;
import org.digestkit.core.ParseLimits;
import org.digestkit.core.Posts;
import org.digestkit.core.generate.DigestGenerator;
import org.digestkit.core.model.Section;
import org.digestkit.core.model.SectionElement;
import org.digestkit.render.Permalink;
import org.digestkit.render.RenderOptions;
import org.digestkit.validate.DigestValidator;
import org.digestkit.validate.Finding;
import org.digestkit.validate.ValidationConfig;
import org.digestkit.validate.ValidationReport;
import org.junit.jupiter.api.Test;

/**
 * What the public value types print: {@code toString} of every model node of every post, of findings, reports,
 * rule settings and options shows values and positions, never implementation details (identity hashes, arrays,
 * internal classes, lambdas) or the layout's raw line breaks.
 */
class ToStringTest {

  /** {@code Type@1b6d3586}, {@code [I@…}, {@code $$Lambda}, internal packages, nested-class names, raw controls. */
  private static final Pattern LEAK =
      Pattern.compile("[\\w$\\]]@[0-9a-f]{4,}|\\[[BCIJSZLDF]@|\\$\\$Lambda|\\$Lambda|\\.internal\\.|=@\\d|=@-");

  @Test
  void modelNodesFindingsAndEnginesPrintValuesNotInternals() throws Exception {
    DigestParser parser = DigestParser.defaults();
    DigestValidator validator = DigestValidator.of(ValidationConfig.profile("aicode-ai-daily"));
    List<String> printed = new ArrayList<>();
    int findings = 0;
    for (Path p : Posts.all()) {
      Digest digest;
      try {
        digest = parser.parse(Files.readAllBytes(p));
      } catch (RuntimeException e) {
        continue; // fixtures that do not parse are the parser's tests
      }
      printed.add(digest.toString());
      nodes(digest, printed);
      ValidationReport report = validator.validate(Files.readString(p), p.getFileName().toString());
      printed.add(report.toString());
      for (Finding f : report.findings()) {
        printed.add(f.toString());
        findings++;
      }
    }
    Digest generated = new DigestGenerator(7).next();
    printed.add(generated.toString());
    nodes(generated, printed);
    printed.add(Digest.builder().title("Title").build().toString());
    // values that configure the engines (the engines themselves are services and print as Java objects do)
    for (Object value : List.of(ParseLimits.defaults(), ValidationConfig.defaults(),
        ValidationConfig.profile("aicode-ai-daily"), RenderOptions.defaults(),
        RenderOptions.defaults().withSite("https://blog.example.org/", "Blog", d -> "x.html"),
        Permalink.of("/posts/{year}/{name}.html"))) {
      printed.add(value.toString());
    }
    validator.rules().forEach(r -> printed.add(r.toString()));

    assertThat(findings).as("the corpus and fixtures give findings to print").isPositive();
    List<String> leaks = new ArrayList<>();
    for (String s : printed) {
      if (LEAK.matcher(s).find()) {
        leaks.add(around(s, LEAK));
      }
    }
    assertThat(leaks).as("toString output with implementation details").isEmpty();
    assertThat(printed).as("layouts print their line breaks as escapes")
        .noneMatch(s -> s.contains("lineSeparator=\n") || s.contains("lineSeparator=\r"));
  }

  private static void nodes(Digest digest, List<String> out) {
    out.add(digest.frontMatter().toString());
    digest.frontMatter().entries().forEach(e -> out.add(e.toString()));
    digest.intro().forEach(b -> out.add(b.toString()));
    for (Section s : digest.allSections()) {
      out.add(s.heading().toString());
      for (SectionElement e : s.elements()) {
        out.add(e.toString());
      }
    }
    digest.items().forEach(i -> out.add(i.toString()));
    out.add(String.valueOf(digest.footer()));
    out.add(digest.layout().toString());
  }

  private static String around(String s, Pattern p) {
    var m = p.matcher(s);
    if (!m.find()) {
      return s;
    }
    int from = Math.max(0, m.start() - 80);
    return s.substring(from, Math.min(s.length(), m.end() + 80));
  }
}
