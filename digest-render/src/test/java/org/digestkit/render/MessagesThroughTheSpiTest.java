package org.digestkit.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.digestkit.core.Digest;
import org.digestkit.core.generate.DigestGenerator;
import org.digestkit.render.telegram.TelegramRenderer;
import org.junit.jupiter.api.Test;

/** Message-based formats are reachable through the SPI, without naming their class. */
class MessagesThroughTheSpiTest {

  @Test
  void telegramMessagesComeThroughTheRegistry() {
    Digest post = new DigestGenerator(7).next();
    List<String> messages = DigestRenderers.forFormat("telegram").messages(post);
    assertThat(messages).isEqualTo(new TelegramRenderer().messages(post));
    assertThat(messages).isNotEmpty().allSatisfy(m -> assertThat(m.length()).isLessThanOrEqualTo(4096));
  }

  @Test
  void otherFormatsGiveTheWholeRenderingAsOneMessage() {
    Digest post = new DigestGenerator(7).next();
    DigestRenderer html = DigestRenderers.forFormat("html");
    assertThat(html.messages(post)).containsExactly(html.render(post));
  }
}
