package org.digestkit.core.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.digestkit.core.Digest;
import org.digestkit.core.DigestBuilder;
import org.digestkit.core.model.Block;
import org.digestkit.core.model.Bullet;
import org.digestkit.core.model.BulletList;
import org.digestkit.core.model.Heading;
import org.digestkit.core.model.Item;
import org.digestkit.core.model.Label;
import org.digestkit.core.model.LabelForm;
import org.digestkit.core.model.LabelledBlock;
import org.digestkit.core.model.MoreEntry;
import org.digestkit.core.model.MoreEntryForm;
import org.digestkit.core.model.MoreList;
import org.digestkit.core.model.Paragraph;
import org.digestkit.core.model.Section;
import org.digestkit.core.model.SectionElement;
import org.digestkit.core.model.SectionRole;
import org.digestkit.core.model.SourceInfo;
import org.digestkit.core.model.ColumnAlignment;
import org.digestkit.core.model.LabelBreak;
import org.digestkit.core.model.Table;
import org.digestkit.core.model.ThematicBreak;

/**
 * Makes realistic random digests from a seed, for property tests, benchmarks and scale runs. The shapes follow
 * the real corpus: topic sections with items, story sections (H2-as-item), list and "more" sections, sub-more
 * groups, numbering, labels in every form (their line ending softly, with a hard break or a paragraph of their own,
 * now and then continuing the paragraph above), nested and ordered bullets in tight and loose lists, hard line
 * breaks in both spellings, tables with aligned columns and footers, with mixed
 * Chinese and Latin text (including Markdown-special characters in escaped fields). The same seed always gives
 * the same posts.
 */
public final class DigestGenerator {

  private static final String CJK = "模型发布开源芯片算力智能体数据训练推理应用产品公司市场融资安全监管用户平台生态工具视频图像语音"
      + "搜索云端终端机器人自动驾驶医疗教育金融合作发布会版本能力性能成本效率团队研究实验室";
  private static final String[] LATIN = {"OpenAI", "GPT-5", "Claude", "Gemini", "Llama", "API", "GPU", "SDK", "Agent",
      "RAG", "v2.1", "H100", "MoE", "Copilot", "Sora", "AI"};
  private static final String[] TRICKY = {"*", "_", "[x]", "`code`", "#1", "<b>", "\\", "a|b", "1. ", "- ", "&amp;",
      "\"q\"", "：", "**"};
  private static final String[] SEPARATORS = {"：", "，", " — ", "——", ""};
  private static final String[] LINE_BREAKS = {"\n", "  \n", "\\\n"};
  private static final String[] OTHER_LABELS = {"核心能力", "关键数据", "技术突破", "背景"};

  private final SplittableRandom random;

  /**
   * A generator for the given seed.
   *
   * @param seed the seed; the same seed gives the same posts
   */
  public DigestGenerator(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** {@return the next random post} */
  public Digest next() {
    LocalDate date = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(365));
    DigestBuilder b = Digest.builder()
        .title(words(3, 9) + "：" + words(2, 6))
        .date(date)
        .category("AI 日报")
        .tags("AI", "AI 日报");
    if (random.nextInt(4) > 0) {
      b.coverImage("https://img.example.org/covers/" + date + "/" + random.nextInt(100_000) + ".png");
    }
    if (random.nextInt(10) == 0) {
      b.intro(words(10, 30) + "。");
    }
    int sections = 1 + random.nextInt(7);
    boolean stories = random.nextInt(8) == 0;
    for (int s = 0; s < sections; s++) {
      b.section(stories ? storySection() : random.nextInt(10) == 0 ? listSection() : topicSection());
    }
    if (random.nextInt(6) > 0) {
      b.section(moreSection(2, "更多动态"));
    }
    if (random.nextInt(5) == 0) {
      b.numberSections();
    }
    if (random.nextInt(4) > 0) {
      b.footer("<div class=\"card\">\n  <a href=\"https://t.example.org/c\">" + words(1, 3) + "</a>\n</div>");
    }
    return b.summaryFromHeadlines().build();
  }

  /**
   * {@code n} random posts written as canonical Markdown.
   *
   * @param n how many
   * @return {@code n} posts as Markdown
   */
  public List<String> markdown(int n) {
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(next().toCanonicalMarkdown());
    }
    return out;
  }

  private Section topicSection() {
    List<SectionElement> elements = new ArrayList<>();
    if (random.nextInt(8) == 0) {
      elements.add(Paragraph.of(words(8, 20) + "。"));
    }
    int items = 1 + random.nextInt(5);
    for (int i = 0; i < items; i++) {
      if (i > 0 && random.nextInt(5) == 0) {
        elements.add(ThematicBreak.create());
      }
      elements.add(item(3));
    }
    if (random.nextInt(4) == 0) {
      elements.add(moreSection(3, "更多" + words(0, 2) + "动态"));
    }
    return new Section(Heading.of(2, title()), SectionRole.TOPIC, elements);
  }

  private Section storySection() {
    Item story = item(2);
    List<SectionElement> body = new ArrayList<>(story.body());
    // a story needs a body, and one without a link needs text first: with bullets only it would read as a list
    if (body.isEmpty() || !story.heading().isFullyLinked() && !(body.get(0) instanceof Paragraph)) {
      body.add(0, Paragraph.of(sentence()));
    }
    return new Section(story.heading(), SectionRole.STORY, body);
  }

  private Section listSection() {
    return new Section(Heading.of(2, title()), SectionRole.LIST,
        List.of(moreList()));
  }

  private Section moreSection(int level, String title) {
    return new Section(Heading.of(level, title), SectionRole.MORE,
        List.of(moreList()));
  }

  private String title() {
    String t = words(2, 8);
    return random.nextInt(3) == 0 ? t + "：" + words(2, 6) : t;
  }

  private Item item(int level) {
    String headline = words(4, 14) + (random.nextInt(6) == 0 ? " " + pick(TRICKY) + " " + words(1, 3) : "");
    Heading heading = random.nextInt(5) == 0 ? Heading.of(level, headline) : Heading.linked(level, headline, url());
    List<Block> body = new ArrayList<>();
    if (random.nextInt(3) > 0) {
      body.add(Paragraph.of(sentence()));
    }
    if (random.nextInt(2) == 0) {
      body.add(bullets(1 + random.nextInt(4), random.nextInt(8) == 0, random.nextInt(10) == 0));
    }
    if (random.nextInt(12) == 0) {
      List<ColumnAlignment> align = random.nextInt(2) == 0 ? List.of(ColumnAlignment.NONE, ColumnAlignment.NONE)
          : List.of(pick(ColumnAlignment.values()), pick(ColumnAlignment.values()));
      body.add(Table.of(List.of(words(1, 2), words(1, 2)), List.of(List.of(words(1, 2), "1x"),
          List.of(words(1, 2), "2x")), align));
    }
    if (random.nextInt(3) > 0) {
      addLabelled(body, "深度解读 & 洞察");
    }
    if (random.nextInt(3) == 0) {
      addLabelled(body, random.nextInt(3) == 0 ? "深度解读" : "影响");
    }
    if (random.nextInt(10) == 0) {
      addLabelled(body, pick(OTHER_LABELS));
    }
    return new Item(heading, body);
  }

  /** Adds a labelled block; after a paragraph, now and then one whose label continues that paragraph. */
  private void addLabelled(List<Block> body, String text) {
    LabelledBlock block = labelled(text);
    if (!body.isEmpty() && body.get(body.size() - 1) instanceof Paragraph && random.nextInt(5) == 0) {
      block = block.withLabel(block.label().withContinuesParagraph(true));
    }
    body.add(block);
  }

  private LabelledBlock labelled(String text) {
    int form = random.nextInt(6);
    if (form == 0) {
      return new LabelledBlock(new Label(text, LabelForm.INLINE, 0, SourceInfo.NONE), List.of(Paragraph.of(sentence())));
    }
    if (form == 1 && (text.equals("影响") || text.equals("深度解读"))) {
      return new LabelledBlock(new Label(text, LabelForm.COLON_OUTSIDE, 0, SourceInfo.NONE),
          List.of(Paragraph.of(sentence())));
    }
    if (random.nextInt(2) == 0) {
      return new LabelledBlock(Label.of(text), List.of(bullets(2 + random.nextInt(3), false, false)));
    }
    // the text below the label: in its paragraph, after a hard line break, or a paragraph of its own
    LabelBreak lineBreak = pick(LabelBreak.values());
    return new LabelledBlock(Label.of(text).withLineBreak(lineBreak), List.of(Paragraph.of(sentence())));
  }

  /** A list, tight or now and then loose (and so its nested items). */
  private BulletList bullets(int n, boolean nested, boolean ordered) {
    List<Bullet> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      List<Bullet> children = new ArrayList<>();
      if (nested && i == 0) {
        children.add(Bullet.of(sentence()));
        children.add(Bullet.of(sentence()));
      }
      out.add(new Bullet(ordered ? (i + 1) + "." : "-", sentence(), children,
          !children.isEmpty() && random.nextInt(4) == 0, SourceInfo.NONE));
    }
    // a blank line makes a list loose only between two items, or between an item's text and its nested items
    return new BulletList(out, (n > 1 || nested) && random.nextInt(5) == 0);
  }

  /** A list of entries, tight or (with two or more) now and then loose. */
  private MoreList moreList() {
    List<MoreEntry> entries = entries();
    return new MoreList(entries, entries.size() > 1 && random.nextInt(5) == 0);
  }

  private List<MoreEntry> entries() {
    int n = 1 + random.nextInt(8);
    List<MoreEntry> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int kind = random.nextInt(10);
      String title = words(3, 10);
      if (kind < 6) {
        String sep = pick(SEPARATORS);
        String desc = sep.isEmpty() ? "" : words(3, 12);
        out.add(new MoreEntry("-", MoreEntryForm.LINK, title, url(), sep, desc, SourceInfo.NONE));
      } else if (kind < 8) {
        out.add(new MoreEntry("-", MoreEntryForm.BOLD, title, kind == 7 ? url() : null, "：", words(3, 12),
            SourceInfo.NONE));
      } else {
        out.add(new MoreEntry("-", MoreEntryForm.PLAIN, title, null, "", "", SourceInfo.NONE));
      }
    }
    return out;
  }

  /**
   * A sentence of inline Markdown; now and then over two lines, with a soft line break or a hard one spelled
   * either way CommonMark allows: two trailing spaces or a backslash.
   */
  private String sentence() {
    String s = words(6, 30);
    if (random.nextInt(5) == 0) {
      s = s + "，" + pick(LATIN) + " **" + words(1, 3) + "**";
    }
    if (random.nextInt(6) == 0) {
      s = s + pick(LINE_BREAKS) + words(3, 12);
    }
    return s + "。";
  }

  private String url() {
    return "https://news.example.org/" + pick(LATIN).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "")
        + "/" + random.nextInt(1_000_000);
  }

  private String words(int min, int max) {
    int n = min + random.nextInt(max - min + 1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (random.nextInt(6) == 0) {
        if (out.length() > 0) {
          out.append(' ');
        }
        out.append(pick(LATIN)).append(' ');
      } else {
        out.append(CJK.charAt(random.nextInt(CJK.length())));
      }
    }
    return out.toString().strip();
  }

  private <T> T pick(T[] options) {
    return options[random.nextInt(options.length)];
  }
}
