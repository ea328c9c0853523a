package org.digestkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.digestkit.cli.report.Escapes;
import org.digestkit.core.Digest;
import org.digestkit.core.DigestBuilder;
import org.digestkit.core.io.AtomicFile;
import org.digestkit.validate.DigestValidator;
import org.digestkit.validate.Finding;
import org.digestkit.validate.Severity;
import org.digestkit.validate.ValidationConfig;
import org.digestkit.validate.spi.RuleOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code digest new}: a new post skeleton in the canonical style that passes the profile in force: its front
 * matter takes the category that marks digests, the constant keys and the footer text from the profile, and the
 * post is checked before it is written. A profile that needs what only the author has (a cover image, a footer
 * the profile holds only as a hash) gets an error that says which option to pass.
 */
@Command(name = "new", mixinStandardHelpOptions = true,
    description = "Write a new post skeleton in canonical style that passes the profile in force.")
final class NewCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--title", required = true, description = "The post title.")
  String title;

  @Option(names = "--date", description = "Publication date, YYYY-MM-DD (default: today).")
  LocalDate date = LocalDate.now();

  @Option(names = "--category", description = "Category (default: the one the profile's digests have).")
  String category;

  @Option(names = "--tags", split = ",", description = "Comma-separated tags (default: the profile's constant tags).")
  List<String> tags;

  @Option(names = "--cover", paramLabel = "URL", description = "Cover image URL (coverImage).")
  String cover;

  @Option(names = "--footer", paramLabel = "FILE", description = "Footer HTML (default: the profile's footer text).")
  Path footer;

  @Option(names = "--profile", paramLabel = "NAME", description = "Profile the post must pass (default, aicode-ai-daily).")
  String profile;

  @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (default: the nearest "
      + ".digestkit.yaml above the output).")
  Path config;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (never overwrites a file).")
  Path output;

  @Override
  public Integer call() throws IOException {
    Path target = output != null ? output.toAbsolutePath() : Path.of("").toAbsolutePath().resolve("new.md");
    DigestValidator validator = new Validators(config, profile).forPost(target);
    ValidationConfig cfg = validator.config();
    Map<String, List<String>> constants = options(validator, "front-matter-constant").stringLists("values");

    DigestBuilder b = Digest.builder().title(title).date(date);
    String cat = category != null ? category : first(cfg.digests().when().get("category"));
    if (cat != null) {
      b.category(cat);
    }
    List<String> tagList = tags != null ? tags : constants.get("tags");
    if (tagList != null) {
      b.tags(tagList.toArray(new String[0]));
    }
    for (Map.Entry<String, List<String>> e : constants.entrySet()) {
      if (e.getKey().equals("seo")) {
        b.seo(e.getValue().toArray(new String[0]));
      } else if (!e.getKey().equals("tags") && !e.getKey().equals("category")) {
        b.frontMatter(e.getKey(), e.getValue());
      }
    }
    if (cover != null) {
      b.coverImage(cover);
    }
    String footerHtml = footer != null ? Files.readString(footer, StandardCharsets.UTF_8).stripTrailing()
        : enabled(validator, "footer-template") ? options(validator, "footer-template").string("text", null) : null;
    b.section("要闻", s -> s
            .item("第一条新闻标题", "https://example.com/news/1", i -> i
                .paragraph("一句话说明发生了什么。")
                .fact("关键事实")
                .insight("这件事为什么重要"))
            .item("第二条新闻标题", "https://example.com/news/2", i -> i
                .paragraph("一句话说明发生了什么。")
                .insight("这件事为什么重要"))
            .item("第三条新闻标题", "https://example.com/news/3", i -> i
                .paragraph("一句话说明发生了什么。")
                .insight("这件事为什么重要")))
        .moreSection("更多动态", m -> m.entry("另一条新闻", "https://example.com/news/4", "一句话描述"))
        .summaryFromHeadlines();
    if (footerHtml != null) {
      b.footer(footerHtml.stripTrailing());
    }
    String text = b.build().toMarkdown() + "\n";

    List<Finding> errors = validator.validate(text, output == null ? null : output.toString()).findings().stream()
        .filter(f -> f.severity() == Severity.ERROR).toList();
    if (!errors.isEmpty()) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("digest: the new post would not pass profile " + cfg.profileName() + "; nothing written:");
      for (Finding f : errors) {
        err.println("  " + f.rule() + ": " + Escapes.visible(f.message()) + hint(f));
      }
      return ExitCodes.ERROR;
    }
    if (output == null) {
      spec.commandLine().getOut().print(text);
    } else {
      if (Files.isRegularFile(output)) {
        throw new IOException(output + ": already exists; not overwritten");
      }
      try (AtomicFile file = AtomicFile.open(output)) {
        file.stream().write(text.getBytes(StandardCharsets.UTF_8));
        file.commit(f -> {
          if (Files.isRegularFile(f)) {
            throw new IOException(output + ": was created meanwhile; not overwritten");
          }
        });
      }
      spec.commandLine().getOut().println("created " + Escapes.visible(output.toString()));
    }
    return ExitCodes.OK;
  }

  /** What to pass so that a finding goes away, for the findings only the author can fix. */
  private static String hint(Finding f) {
    return switch (f.rule()) {
      case "front-matter-required" -> f.message().contains("'coverImage'") ? " (pass --cover URL)"
          : " (pass it with --category or --tags, or set it in .digestkit.yaml)";
      case "footer-template" -> " (pass --footer FILE with the footer HTML, or set rules.footer-template.text in "
          + ".digestkit.yaml)";
      case "date-cover-offset", "cover-image-pattern" -> " (pass a --cover URL that matches --date)";
      default -> "";
    };
  }

  private static RuleOptions options(DigestValidator validator, String rule) {
    return validator.rules().stream().filter(r -> r.rule().id().equals(rule)).map(DigestValidator.ActiveRule::options)
        .findFirst().orElse(RuleOptions.NONE);
  }

  private static boolean enabled(DigestValidator validator, String rule) {
    return validator.rules().stream().anyMatch(r -> r.rule().id().equals(rule) && r.enabled());
  }

  private static String first(List<String> values) {
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
