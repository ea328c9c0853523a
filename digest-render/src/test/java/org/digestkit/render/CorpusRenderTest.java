package org.digestkit.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.digestkit.core.Digest;
import org.digestkit.core.Posts;
import org.digestkit.core.model.Item;
import org.digestkit.core.model.MoreEntry;
import org.digestkit.render.telegram.TelegramRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every post renders in every format, and the output carries every item and entry. */
class CorpusRenderTest {
  static List<Path> posts() {
    return Posts.all();
  }

  private static String normalize(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("posts")
  void htmlHoldsEveryHeadlineAndEntry(Path post) throws Exception {
    Digest d = Digest.parse(post);
    for (String format : List.of("html", "html-page")) {
      String html = DigestRenderers.forFormat(format).render(d);
      Document doc = Jsoup.parse(html);
      String text = normalize(doc.text());
      for (Item item : d.items()) {
        assertThat(text).as("%s: %s", format, item.headline()).contains(normalize(item.headline()));
      }
      for (MoreEntry e : d.moreEntries()) {
        assertThat(text).as("%s: %s", format, e.plainTitle()).contains(normalize(e.plainTitle()));
      }
      assertThat(doc.select("script")).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("posts")
  void telegramMessagesFitAndHoldEveryHeadline(Path post) throws Exception {
    Digest d = Digest.parse(post);
    List<String> messages = new TelegramRenderer().messages(d);
    assertThat(messages).isNotEmpty().allSatisfy(m -> assertThat(m.length()).isLessThanOrEqualTo(4096));
    String all = normalize(Jsoup.parse(String.join("\n", messages)).text());
    for (Item item : d.items()) {
      assertThat(all).contains(normalize(item.headline()));
    }
    for (String m : messages) {
      Document doc = Jsoup.parseBodyFragment(m);
      doc.select("b, i, code, a, strong, em, pre").remove();
      assertThat(doc.body().children()).as("only Telegram's tags").isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("posts")
  void otherFormatsRender(Path post) throws Exception {
    Digest d = Digest.parse(post);
    assertThat(DigestRenderers.forFormat("markdown").render(d)).isEqualTo(d.toMarkdown());
    assertThat(Digest.parse(DigestRenderers.forFormat("markdown", RenderOptions.defaults().withCanonicalMarkdown(true))
        .render(d))).isEqualTo(d);
    JsonNode json = JsonMapper.shared().readTree(DigestRenderers.forFormat("json").render(d));
    assertThat(json.path("sections").size()).isEqualTo(d.sections().size());
    String text = DigestRenderers.forFormat("text").render(d);
    for (Item item : d.items()) {
      assertThat(normalize(text)).contains(normalize(item.headline()));
    }
    assertThat(text).doesNotContain("](http");
  }
}
