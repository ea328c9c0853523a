package org.digestkit.render.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.digestkit.core.Digest;
import org.digestkit.core.DigestParseException;
import org.digestkit.core.DigestParser;
import org.digestkit.core.ParseLimits;
import org.digestkit.render.DigestRenderers;
import org.digestkit.render.RenderException;
import org.digestkit.render.RenderOptions;
import org.digestkit.render.telegram.TelegramRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Every renderer in safe mode on arbitrary posts: HTML has no script, event handler or dangerous URL; Telegram
 * messages fit; feeds are well-formed XML. Fuzz with {@code JAZZER_FUZZ=1 mvn test -pl digest-render
 * -Dtest=RenderFuzzTest}.
 */
class RenderFuzzTest {
  private static final DigestParser PARSER =
      DigestParser.builder().limits(ParseLimits.defaults().withMaxPostChars(64 * 1024)).build();
  private static final RenderOptions OPTIONS = RenderOptions.defaults().withMaxOutputChars(4 * 1024 * 1024);

  @FuzzTest(maxDuration = "10m")
  void renderSafely(byte[] data) throws Exception {
    Digest d;
    try {
      d = PARSER.parse(data);
    } catch (DigestParseException e) {
      return;
    }
    try {
      for (String format : List.of("html", "html-page")) {
        String html = DigestRenderers.forFormat(format, OPTIONS).render(d);
        for (Element e : Jsoup.parse(html).getAllElements()) {
          assertThat(e.tagName()).isNotIn("script", "iframe", "object", "embed", "form");
          e.attributes().forEach(a -> {
            String key = a.getKey().toLowerCase(Locale.ROOT);
            assertThat(key).doesNotStartWith("on");
            if (List.of("href", "src", "action", "formaction", "poster", "background", "srcset").contains(key)) {
              assertThat(a.getValue().strip().toLowerCase(Locale.ROOT)).doesNotStartWith("javascript:")
                  .doesNotStartWith("data:").doesNotStartWith("vbscript:");
            }
          });
        }
      }
      for (String m : new TelegramRenderer().messages(d)) {
        assertThat(m.length()).isLessThanOrEqualTo(TelegramRenderer.MAX_MESSAGE);
        assertThat(m.toLowerCase(Locale.ROOT)).doesNotContain("href=\"javascript");
      }
      String rss = DigestRenderers.forFormat("rss", OPTIONS).render(List.of(d));
      DocumentBuilderFactory.newInstance().newDocumentBuilder()
          .parse(new ByteArrayInputStream(rss.getBytes(StandardCharsets.UTF_8)));
      DigestRenderers.forFormat("text", OPTIONS).render(d);
      DigestRenderers.forFormat("jsonfeed", OPTIONS).render(List.of(d));
    } catch (RenderException budget) {
      // an output budget is a documented, bounded outcome
    }
  }
}
