package org.digestkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/** {@code digest render}: output paths mirror the inputs, bad posts are reported one by one, feeds are sound. */
class RenderCommandTest {
  private static final String SITE = "https://blog.example.org/";

  @TempDir
  Path dir;

  private Path write(String relative, String text) throws Exception {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  private static String text(String title, String date) {
    return ValidateCommandTest.CLEAN.replace("示例", title).replace("2026-07-02", date);
  }

  private static List<String> files(Path root) throws Exception {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
    }
  }

  @Test
  void postsOfOneNameInTwoFoldersWriteTwoFiles() throws Exception {
    Path a = write("a/post.md", text("甲文", "2026-07-02"));
    Path b = write("b/post.md", text("乙文", "2026-07-02"));
    Path out = dir.resolve("out");
    Cli r = Cli.run("render", "--format", "html", a.toString(), b.toString(), "-o", out.toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(0);
    assertThat(files(out)).containsExactly("a/post.html", "b/post.html");
    assertThat(Files.readString(out.resolve("a/post.html"))).contains("甲文");
    assertThat(Files.readString(out.resolve("b/post.html"))).contains("乙文");
  }

  @Test
  void aFolderIsMirroredBelowItself() throws Exception {
    write("posts/2025/x.md", text("甲", "2025-07-02"));
    write("posts/2026/x.md", text("乙", "2026-07-02"));
    write("posts/y.md", text("丙", "2026-07-03"));
    Path out = dir.resolve("site");
    for (String args : List.of("posts", "posts/2025 posts/2026/x.md posts/y.md")) {
      List<String> argv = new java.util.ArrayList<>(List.of("render", "--format", "text"));
      for (String a : args.split(" ")) {
        argv.add(dir.resolve(a).toString());
      }
      argv.addAll(List.of("-o", out.toString()));
      Cli r = Cli.run(argv.toArray(String[]::new));
      assertThat(r.exit()).as(r.err()).isEqualTo(0);
      assertThat(files(out)).containsExactly("2025/x.txt", "2026/x.txt", "y.txt");
    }
    Cli glob = Cli.run("render", "--format", "json", dir + "/posts/*/x.md", "-o", dir.resolve("g").toString());
    assertThat(glob.exit()).as(glob.err()).isEqualTo(0);
    assertThat(files(dir.resolve("g"))).containsExactly("2025/x.json", "2026/x.json");
  }

  @Test
  void twoPostsForOneOutputAreRefusedBeforeAnythingIsWritten() throws Exception {
    Path md = write("p/post.md", text("甲", "2026-07-02"));
    Path markdown = write("p/post.markdown", text("乙", "2026-07-02"));
    Path out = dir.resolve("out");
    Cli r = Cli.run("render", "--format", "html", md.toString(), markdown.toString(), "-o", out.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("post.md").contains("post.markdown").contains("post.html").contains("nothing written");
    assertThat(Files.exists(out) ? files(out) : List.of()).isEmpty();
  }

  @Test
  void anOutputThatIsAPostIsRefused() throws Exception {
    Path posts = Files.createDirectories(dir.resolve("posts"));
    write("posts/a.md", text("甲", "2026-07-02"));
    String before = Files.readString(posts.resolve("a.md"));
    Cli r = Cli.run("render", "--format", "markdown", "--output", posts.toString(), posts.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("is one of the posts");
    assertThat(Files.readString(posts.resolve("a.md"))).isEqualTo(before);
  }

  @Test
  void badPostsAreReportedByFileAndTheOthersStillRender() throws Exception {
    write("posts/1-good.md", text("好一", "2026-07-01"));
    Path badUtf8 = dir.resolve("posts/2-bad-utf8.md");
    Files.write(badUtf8, new byte[] {'-', '-', '-', '\n', 't', ':', ' ', (byte) 0xC3, '\n', '-', '-', '-', '\n'});
    String amplified = "[a]: /" + "x".repeat(50_000) + "\n\n" + "[a] ".repeat(900);
    write("posts/3-over-budget.md", text("大", "2026-07-03") + "\n" + amplified + "\n");
    write("posts/4-good.md", text("好二", "2026-07-04"));
    Path out = dir.resolve("out");
    Cli r = Cli.run("render", "--format", "html", dir.resolve("posts").toString(), "-o", out.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("2-bad-utf8.md").contains("3-over-budget.md").contains("budget");
    assertThat(files(out)).containsExactly("1-good.html", "4-good.html");
    for (String format : List.of("rss", "atom", "jsonfeed")) {
      Cli feed = Cli.run("render", "--format", format, "--site-url", SITE, dir.resolve("posts").toString());
      assertThat(feed.exit()).as(format).isEqualTo(2);
      assertThat(feed.err()).as(format).contains("2-bad-utf8.md")
          .contains("3-over-budget.md: left out of the feed").contains("budget");
      assertThat(feed.out()).as(format).contains("1-good.html").contains("4-good.html")
          .doesNotContain("3-over-budget.html");
    }
  }

  @Test
  void anUnreadablePostIsReportedAndTheOthersStillRender() throws Exception {
    Path secret = write("posts/secret.md", text("秘", "2026-07-01"));
    write("posts/open.md", text("开", "2026-07-02"));
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
    assumeTrue(!Files.isReadable(secret), "root reads every file");
    Cli r = Cli.run("render", "--format", "text", dir.resolve("posts").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("secret.md").contains("permission denied").doesNotContain("Exception");
    assertThat(r.out()).contains("开");
  }

  @Test
  void aFeedNeedsASiteUrlAndAValidPermalink() throws Exception {
    Path posts = dir.resolve("posts");
    write("posts/a.md", text("甲", "2026-07-02"));
    Cli none = Cli.run("render", "--format", "rss", posts.toString());
    assertThat(none.exit()).isEqualTo(2);
    assertThat(none.err()).contains("--site-url");
    assertThat(none.out()).isEmpty();
    assertThat(Cli.run("render", "--format", "atom", "--site-url", "blog.example.org", posts.toString()).err())
        .contains("--site-url");
    Cli badPattern = Cli.run("render", "--format", "jsonfeed", "--site-url", SITE, "--permalink", "{slug}/",
        posts.toString());
    assertThat(badPattern.exit()).isEqualTo(2);
    assertThat(badPattern.err()).contains("--permalink").contains("{path}");
    assertThat(Cli.run("render", "--format", "html", posts.toString()).exit()).as("pages need no site").isEqualTo(0);
  }

  @Test
  void postsOfOneDayGetTheirOwnIdsAndADateThatIsAUrlIsNotALink() throws Exception {
    write("posts/2026-07-02-a.md", text("甲", "2026-07-02"));
    write("posts/2026-07-02-b.md", text("乙", "2026-07-02"));
    write("posts/c.md", text("丙", "2026-07-02").replace("date: 2026-07-02", "date: https://evil.example/x"));
    Cli r = Cli.run("render", "--format", "rss", "--site-url", SITE, "--permalink", "{year}/{name}/",
        dir.resolve("posts").toString());
    assertThat(r.err()).contains("c.md").contains("no valid date");
    assertThat(r.exit()).isEqualTo(2);
    org.w3c.dom.Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)));
    NodeList guids = doc.getElementsByTagName("guid");
    Set<String> unique = new HashSet<>();
    for (int i = 0; i < guids.getLength(); i++) {
      unique.add(guids.item(i).getTextContent());
    }
    assertThat(unique).containsExactlyInAnyOrder(SITE + "2026/2026-07-02-a/", SITE + "2026/2026-07-02-b/");
    assertThat(r.out()).doesNotContain("evil");
    Cli byPath = Cli.run("render", "--format", "jsonfeed", "--site-url", SITE, dir.resolve("posts").toString());
    assertThat(byPath.exit()).as(byPath.err()).isEqualTo(0);
    assertThat(byPath.out()).contains("\"id\" : \"" + SITE + "c.html\"").doesNotContain("evil.example");
  }

  @Test
  void headingIdsFollowTheOptionTheProfileOrTheConfiguration() throws Exception {
    Path posts = dir.resolve("posts");
    write("posts/a.md", ValidateCommandTest.CLEAN.replace("## 模型", "## 深度解读 & 洞察"));
    assertThat(Cli.run("render", "--format", "html", posts.toString()).out()).contains("id=\"深度解读--洞察\"");
    assertThat(Cli.run("render", "--format", "html", "--heading-ids", "aicode", posts.toString()).out())
        .contains("id=\"深度解读-洞察\"");
    assertThat(Cli.run("render", "--format", "html", "--profile", "aicode-ai-daily", posts.toString()).out())
        .contains("id=\"深度解读-洞察\"");
    Files.writeString(posts.resolve(".digestkit.yaml"), "profile: aicode-ai-daily\n");
    assertThat(Cli.run("render", "--format", "html-page", posts.toString()).out()).contains("id=\"深度解读-洞察\"")
        .contains("href=\"#深度解读-洞察\"");
    Cli bad = Cli.run("render", "--format", "html", "--heading-ids", "blog", posts.toString());
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("github, aicode");
  }
}
