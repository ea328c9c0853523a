package org.digestkit.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.digestkit.core.Digest;
import org.digestkit.render.DigestRenderers;
import org.digestkit.render.Permalink;
import org.digestkit.render.RenderOptions;
import org.digestkit.render.telegram.TelegramRenderer;

/**
 * Renders a post to an HTML page, Telegram messages and an RSS feed, into a folder.
 *
 * <p>{@code mvn -q -pl examples exec:java -Dexec.mainClass=org.digestkit.examples.RenderPost
 * -Dexec.args="post.md out/"}
 */
public final class RenderPost {
  private RenderPost() {}

  /** Writes {@code page.html}, {@code telegram-N.html} and {@code feed.xml} into {@code out}. */
  public static List<String> run(Path post, Path out) throws IOException {
    Digest digest = Digest.parse(post);
    // each post's own address, made from its file name (percent-encoded): unique, and never from unchecked text
    Permalink permalink = Permalink.of("posts/{name}.html");
    RenderOptions site = RenderOptions.defaults()
        .withSite("https://blog.example.org/", "示例博客", d -> permalink.link(d, post.getFileName().toString()));
    Files.createDirectories(out);
    Files.writeString(out.resolve("page.html"), DigestRenderers.forFormat("html-page", site).render(digest),
        StandardCharsets.UTF_8);
    List<String> messages = new TelegramRenderer().messages(digest);
    for (int i = 0; i < messages.size(); i++) {
      Files.writeString(out.resolve("telegram-" + (i + 1) + ".html"), messages.get(i), StandardCharsets.UTF_8);
    }
    Files.writeString(out.resolve("feed.xml"), DigestRenderers.forFormat("rss", site).render(List.of(digest)),
        StandardCharsets.UTF_8);
    return messages;
  }

  public static void main(String[] args) throws IOException {
    List<String> messages = run(Path.of(args[0]), Path.of(args.length > 1 ? args[1] : "rendered"));
    System.out.println("page.html, feed.xml and " + messages.size() + " Telegram message(s) written");
  }
}
