package org.digestkit.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.digestkit.core.Digest;
import org.digestkit.core.DigestBuilder;
import org.digestkit.core.io.AtomicFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code digest new}: a new post skeleton in the canonical style. */
@Command(name = "new", mixinStandardHelpOptions = true, description = "Write a new post skeleton in canonical style.")
final class NewCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--title", required = true, description = "The post title.")
  String title;

  @Option(names = "--date", description = "Publication date, YYYY-MM-DD (default: today).")
  LocalDate date = LocalDate.now();

  @Option(names = "--category", description = "Category (e.g. \"AI 日报\").")
  String category;

  @Option(names = "--tags", split = ",", description = "Comma-separated tags.")
  List<String> tags;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (never overwrites a file).")
  Path output;

  @Override
  public Integer call() throws IOException {
    DigestBuilder b = Digest.builder().title(title).date(date);
    if (category != null) {
      b.category(category);
    }
    if (tags != null) {
      b.tags(tags.toArray(new String[0]));
    }
    Digest digest = b.section("要闻", s -> s.item("新闻标题", "https://example.com/source", i -> i
            .paragraph("一句话说明发生了什么。")
            .fact("关键事实")
            .insight("这件事为什么重要")))
        .moreSection("更多动态", m -> m.entry("另一条新闻", "https://example.com/other", "一句话描述"))
        .summaryFromHeadlines()
        .build();
    String text = digest.toMarkdown() + "\n";
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
      spec.commandLine().getOut().println("created " + output);
    }
    return ExitCodes.OK;
  }
}
