package org.digestkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code digest fix}: what it fixes, what it lists as unfixable, and that a second run changes nothing. */
class FixCommandTest {
  @TempDir
  Path dir;

  private static final String POST = "---\ntitle: 示例\ndate: 2026-07-02\n---\n# 示例\n\n## 模型\n\n"
      + "### [甲](https://example.com/a)\n\n在SED中使用逗号**,**分隔输出，以 **4 比 1 **的投票结果通过\n\n"
      + "### [乙](https://example.com/b)\n\n- 语句**close(cmd, \"to\"),**在执行完成后关闭其**to**进程\n";

  @Test
  void fixesWhatRendersAsIntendedListsTheRestAndIsStable() throws Exception {
    Path post = dir.resolve("a.md");
    Files.writeString(post, POST, StandardCharsets.UTF_8);

    Cli first = Cli.run("fix", dir.toString());

    assertThat(first.exit()).as(first.err()).isZero(); // what is left is a warning
    String fixed = Files.readString(post, StandardCharsets.UTF_8);
    assertThat(fixed).contains("在SED中使用逗号 **,** 分隔输出，以 **4 比 1** 的投票结果通过")
        .contains("- 语句**close(cmd, \"to\"),**在执行完成后关闭其**to**进程");
    assertThat(first.out()).contains("fixed " + post)
        .contains(post + ":15:24: warning bold-not-rendered the closing ** is not right-flanking");

    Cli second = Cli.run("fix", dir.toString());

    assertThat(second.exit()).as(second.err()).isZero();
    assertThat(Files.readString(post, StandardCharsets.UTF_8)).isEqualTo(fixed);
    assertThat(second.out()).doesNotContain("fixed ").contains(post + ":15:24: warning bold-not-rendered");
  }

  /** An error no fix mends (a garbled separator with no other section to copy from) makes the exit 1. */
  @Test
  void anErrorLeftUnfixedExitsOne() throws Exception {
    Path post = dir.resolve("b.md");
    String text = "---\ntitle: 示例\ndate: 2026-07-02\n---\n# 示例\n\n## 01｠模型\n\n"
        + "### [甲](https://example.com/a)\n\n正文。\n";
    Files.writeString(post, text, StandardCharsets.UTF_8);

    Cli fix = Cli.run("fix", dir.toString());

    assertThat(fix.exit()).as(fix.out() + fix.err()).isEqualTo(1);
    assertThat(fix.out()).contains(post + ":7:6: error numbering-corrupted");
    assertThat(Files.readString(post, StandardCharsets.UTF_8)).isEqualTo(text);
  }
}
