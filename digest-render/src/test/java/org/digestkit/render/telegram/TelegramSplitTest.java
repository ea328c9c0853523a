package org.digestkit.render.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.digestkit.core.Digest;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Telegram messages are cut only where a reader sees a boundary: between grapheme clusters (a letter and its
 * combining marks, surrogate pairs, emoji sequences, flags), never inside an entity or a tag, and every message's
 * tags are balanced. Checked on seeded generated posts and several limits.
 */
class TelegramSplitTest {
  private static final Pattern GRAPHEME = Pattern.compile("\\X");
  private static final Pattern TAG = Pattern.compile("<(/?)([a-z]+)[^>]*>");
  private static final Pattern BAD_ENTITY = Pattern.compile("&(?!(amp|lt|gt|quot|#39);)");
  private static final String[] PIECES = {"字", "a", " ", "e\u0301", "a\u0308\u0323", "\u0915\u094D\u0937",
      "😀", "👍🏽", "👨\u200D👩\u200D👧\u200D👦", "🇨🇳", "🇺🇸", "\uD840\uDC00", "&", "<", ">", "\"", "'",
      "\u1100\u1161\u11A8", "\r\n", "ก\u0E31", "🏳\uFE0F\u200D🌈", "**粗体**", "`代码`", "[链接](https://a.example/?a=1&b=2)",
      "*斜体*"};

  private static List<String> clusters(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = GRAPHEME.matcher(s);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static String text(String message) {
    return Parser.unescapeEntities(TAG.matcher(message).replaceAll(""), false);
  }

  private static void assertWellCut(List<String> messages, int limit) {
    for (String m : messages) {
      assertThat(m.length()).isLessThanOrEqualTo(limit);
      assertThat(BAD_ENTITY.matcher(m).find()).as("a cut entity in %s", m).isFalse();
      Deque<String> open = new ArrayDeque<>();
      Matcher tag = TAG.matcher(m);
      while (tag.find()) {
        if (tag.group(1).isEmpty()) {
          open.push(tag.group(2));
        } else {
          assertThat(open.poll()).as("closing %s in %s", tag.group(2), m).isEqualTo(tag.group(2));
        }
      }
      assertThat(open).as("tags left open in %s", m).isEmpty();
      assertThat(m.replaceAll("<[^<>]*>", "")).as("a cut tag").doesNotContain("<").doesNotContain(">");
    }
    for (int i = 1; i < messages.size(); i++) {
      String a = text(messages.get(i - 1));
      String b = text(messages.get(i));
      List<String> apart = new ArrayList<>(clusters(a));
      apart.addAll(clusters(b));
      assertThat(clusters(a + b)).as("cut between\n%s\nand\n%s", a, b).isEqualTo(apart);
    }
  }

  @Test
  void generatedPostsAreCutBetweenGraphemeClusters() {
    Random random = new Random(4096);
    for (int n = 0; n < 200; n++) {
      StringBuilder md = new StringBuilder("---\ntitle: t\n---\n# t\n\n## 节\n\n### 条目\n\n");
      int lines = 1 + random.nextInt(6);
      for (int l = 0; l < lines; l++) {
        int pieces = random.nextInt(400);
        for (int p = 0; p < pieces; p++) {
          md.append(PIECES[random.nextInt(PIECES.length)].replace("\r\n", " "));
        }
        md.append(random.nextBoolean() ? "\n" : "\n\n");
      }
      Digest d = Digest.parse(md.toString());
      int limit = 64 + random.nextInt(400);
      assertWellCut(new TelegramRenderer(limit).messages(d), limit);
    }
  }

  @Test
  void aCombiningMarkStaysWithItsLetterAtEveryCut() {
    // one long line of letters with two marks each: any cut between code points would split a cluster
    String line = "e\u0301\u0302".repeat(3000);
    Digest d = Digest.parse("---\ntitle: t\n---\n# t\n\n## 节\n\n" + line + "\n");
    for (int limit = 64; limit < 100; limit++) {
      List<String> messages = new TelegramRenderer(limit).messages(d);
      assertWellCut(messages, limit);
      assertThat(String.join("", messages.stream().map(TelegramSplitTest::text).toList()).replace("\n", ""))
          .contains(line);
    }
  }

  @Test
  void boldTextOverALineBreakIsNotCutBetweenItsLines() {
    StringBuilder md = new StringBuilder("---\ntitle: t\n---\n# t\n\n## 节\n\n### 条目\n\n");
    for (int i = 0; i < 40; i++) {
      md.append("第").append(i).append("行 **粗体从这里\n到下一行** [链接\n跨行](https://a.example/)\n");
    }
    Digest d = Digest.parse(md.toString());
    for (int limit = 64; limit < 400; limit += 7) {
      assertWellCut(new TelegramRenderer(limit).messages(d), limit);
    }
  }

  @Test
  void aClusterLongerThanAMessageIsCutOnlyBetweenCodePointsAndEntities() {
    String huge = "a" + "\u0301".repeat(500) + "&<>";
    Digest d = Digest.parse("---\ntitle: t\n---\n# t\n\n## 节\n\n" + huge + "\n");
    List<String> messages = new TelegramRenderer(64).messages(d);
    assertThat(messages).allSatisfy(m -> {
      assertThat(m.length()).isLessThanOrEqualTo(64);
      assertThat(BAD_ENTITY.matcher(m).find()).isFalse();
    });
    assertThat(String.join("", messages.stream().map(TelegramSplitTest::text).toList())).contains(huge);
  }
}
