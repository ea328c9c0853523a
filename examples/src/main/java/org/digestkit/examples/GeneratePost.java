package org.digestkit.examples;

import java.time.LocalDate;
import org.digestkit.core.Digest;

/**
 * Generates a post with the builder and prints it as canonical Markdown.
 *
 * <p>{@code mvn -q -pl examples exec:java -Dexec.mainClass=org.digestkit.examples.GeneratePost}
 */
public final class GeneratePost {
  private GeneratePost() {}

  /** The example post. */
  public static Digest build(LocalDate date) {
    return Digest.builder()
        .title("AI 日报：模型与工具")
        .date(date)
        .category("AI 日报")
        .tags("AI", "AI 日报")
        .section("模型与产品", s -> s
            .item("示例模型发布新版本", "https://example.com/news/1", i -> i
                .paragraph("示例实验室发布了新版本，推理速度提升一倍。")
                .fact("上下文扩展到 100 万词元")
                .insight("推理成本下降，更多应用可以落地")
                .impact("开发者可以用更低的成本部署模型。"))
            .item("开源工具支持本地推理", "https://example.com/news/2", i -> i.fact("支持主流显卡"))
            .item("云厂商下调推理价格", "https://example.com/news/4", i -> i.paragraph("价格平均下降 30%。")))
        .moreSection("更多动态", m -> m.entry("芯片厂商发布财报", "https://example.com/news/3", "营收创新高"))
        .summaryFromHeadlines()
        .build();
  }

  public static void main(String[] args) {
    System.out.println(build(args.length > 0 ? LocalDate.parse(args[0]) : LocalDate.now()).toMarkdown());
  }
}
