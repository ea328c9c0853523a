package org.digestkit.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.digestkit.core.model.Block;
import org.digestkit.core.model.Bullet;
import org.digestkit.core.model.BulletList;
import org.digestkit.core.model.Footer;
import org.digestkit.core.model.FrontMatter;
import org.digestkit.core.model.FrontMatterEntry;
import org.digestkit.core.model.FrontMatterValue;
import org.digestkit.core.model.Heading;
import org.digestkit.core.model.ColumnAlignment;
import org.digestkit.core.model.Item;
import org.digestkit.core.model.Label;
import org.digestkit.core.model.LabelBreak;
import org.digestkit.core.model.LabelledBlock;
import org.digestkit.core.markdown.MarkdownInline;
import org.digestkit.core.model.MoreEntry;
import org.digestkit.core.model.MoreList;
import org.digestkit.core.model.Numbering;
import org.digestkit.core.model.Paragraph;
import org.digestkit.core.model.ScalarStyle;
import org.digestkit.core.model.Section;
import org.digestkit.core.model.SectionElement;
import org.digestkit.core.model.SectionRole;
import org.digestkit.core.model.Summary;
import org.digestkit.core.model.Table;
import org.digestkit.core.model.TextLayout;
import org.digestkit.core.model.ThematicBreak;
import org.jspecify.annotations.Nullable;

/**
 * Builds a post for programs that generate digests. The result is written in canonical style (see
 * {@link DigestWriter}), and writing it then parsing it back gives an equal {@link Digest}.
 *
 * <p>Headlines, titles and entry titles are plain text (escaped). Paragraphs, facts, insight points and the impact
 * are inline Markdown, held the way they read back: white space around lines dropped, and a
 * line that would open a block ({@code # }, {@code - }, {@code 1. }, {@code >}, {@code ---}, {@code <div>} …)
 * escaped with a backslash, which renders the same. A line of such text that ends with a backslash (or two spaces)
 * is a hard line break ({@code "第一行\\\n第二行"}); other line breaks are
 * soft. Loose lists, labels that are paragraphs of their own and aligned tables are built from model values
 * ({@link ItemBuilder#facts(BulletList)}, {@link ItemBuilder#labelled(Label, Block...)},
 * {@link ItemBuilder#table(List, List, List)}).
 *
 * <p>What the builder takes is checked alike everywhere, and refused with an {@link IllegalArgumentException}
 * that says why, never written as another post: every text — title, section title, headline, fact, nested fact,
 * insight point, impact, paragraph, entry title, label — needs a character other than white space (an empty one
 * would write a bare {@code - } or {@code ### } line, which reads as nothing or as something else); every link —
 * an item's, a story's, an entry's, the cover image — is an absolute {@code http://} or {@code https://} URL with
 * a host and no line break or control character (anything else, {@code "not a url"} or a relative path, is a
 * mistake in a generator, not a link a reader can follow; spaces and parentheses in a path are kept and written
 * so that they read back); an entry's description may be empty (it writes {@code - [title](url)}). Text with a
 * blank line and a front-matter key YAML cannot hold are refused too.
 *
 * <pre>{@code
 * Digest digest = Digest.builder()
 *     .title("AI 日报：模型与产品")
 *     .date(LocalDate.of(2026, 7, 2))
 *     .category("AI 日报")
 *     .tags("AI", "AI 日报")
 *     .section("模型与产品", s -> s
 *         .item("新模型发布", "https://example.com/a", i -> i
 *             .fact("参数规模翻倍")
 *             .insight("推理成本下降", "开源生态受益")
 *             .impact("开发者可以更低成本部署")))
 *     .moreSection("更多动态", m -> m.entry("开源工具更新", "https://example.com/b", "支持本地推理"))
 *     .summaryFromHeadlines()
 *     .build();
 * }</pre>
 *
 * <p>A builder is mutable and meant for one thread.
 */
public final class DigestBuilder {

  /** The label of insight blocks written by {@link ItemBuilder#insight(String...)}. */
  public static final String INSIGHT_LABEL = "深度解读 & 洞察";

  /** The label of impact blocks written by {@link ItemBuilder#impact(String)}. */
  public static final String IMPACT_LABEL = "影响";

  private static final List<String> KEY_ORDER =
      List.of("title", "date", "category", "tags", "seo", "coverImage", "summary");

  private final boolean fresh;
  private FrontMatter frontMatter;
  private final Map<String, FrontMatterValue> newKeys = new LinkedHashMap<>();
  private Heading title;
  private final List<Block> intro;
  private final List<Section> sections;
  private Footer footer;
  private TextLayout layout;
  private boolean summaryFromHeadlines;

  DigestBuilder() {
    this.fresh = true;
    this.frontMatter = FrontMatter.of(List.of());
    this.intro = new ArrayList<>();
    this.sections = new ArrayList<>();
    this.layout = TextLayout.CANONICAL;
  }

  DigestBuilder(Digest from) {
    this.fresh = false;
    this.frontMatter = from.frontMatter();
    this.title = from.title();
    this.intro = new ArrayList<>(from.intro());
    this.sections = new ArrayList<>(from.sections());
    this.footer = from.footer();
    this.layout = from.layout();
  }

  // ------------------------------------------------------------------ front matter

  /**
   * The title, in the front matter and as the H1.
   *
   * @param text the title (plain text)
   * @return this builder
   */
  public DigestBuilder title(String text) {
    requireText(text, "a title");
    set("title", new FrontMatterValue.Scalar(text, ScalarStyle.PLAIN));
    this.title = title == null ? Heading.of(1, text) : title.withTitle(text);
    return this;
  }

  /**
   * The publication date.
   *
   * @param date the date
   * @return this builder
   */
  public DigestBuilder date(LocalDate date) {
    return set("date", new FrontMatterValue.Scalar(date.toString(), ScalarStyle.PLAIN));
  }

  /**
   * The category ({@code AI 日报} marks a digest in the example profile).
   *
   * @param category the category
   * @return this builder
   */
  public DigestBuilder category(String category) {
    return set("category", new FrontMatterValue.Scalar(category, ScalarStyle.PLAIN));
  }

  /**
   * The tags.
   *
   * @param tags the tags
   * @return this builder
   */
  public DigestBuilder tags(String... tags) {
    return list("tags", Arrays.asList(tags));
  }

  /**
   * The SEO keywords.
   *
   * @param keywords the keywords
   * @return this builder
   */
  public DigestBuilder seo(String... keywords) {
    return list("seo", Arrays.asList(keywords));
  }

  /**
   * The cover image URL.
   *
   * @param url the image's https address
   * @return this builder
   */
  public DigestBuilder coverImage(String url) {
    requireUrl(url, "the cover image");
    return set("coverImage", new FrontMatterValue.Scalar(url, ScalarStyle.DOUBLE_QUOTED));
  }

  /**
   * The summary as {@code - } bullet headlines.
   *
   * @param headlines the headlines
   * @return this builder
   */
  public DigestBuilder summary(List<String> headlines) {
    summaryFromHeadlines = false;
    return set("summary", new FrontMatterValue.Scalar(Summary.bulletText(headlines), ScalarStyle.DOUBLE_QUOTED));
  }

  /**
   * The summary made, when the post is built, from the headlines of all items in order.
   *
   * @return this builder
   */
  public DigestBuilder summaryFromHeadlines() {
    summaryFromHeadlines = true;
    return this;
  }

  /**
   * Any other front-matter key with a string value.
   *
   * @param key a top-level key
   * @param value the value, written as a plain scalar
   * @return this builder
   */
  public DigestBuilder frontMatter(String key, String value) {
    return set(key, new FrontMatterValue.Scalar(value, ScalarStyle.PLAIN));
  }

  /**
   * Any other front-matter key with a list of strings.
   *
   * @param key a top-level key
   * @param values the values, written as a flow sequence
   * @return this builder
   */
  public DigestBuilder frontMatter(String key, List<String> values) {
    return list(key, values);
  }

  private DigestBuilder list(String key, List<String> values) {
    List<FrontMatterValue> items = new ArrayList<>();
    for (String v : values) {
      items.add(new FrontMatterValue.Scalar(v, ScalarStyle.DOUBLE_QUOTED));
    }
    return set(key, new FrontMatterValue.Sequence(items, true));
  }

  private DigestBuilder set(String key, FrontMatterValue value) {
    if (fresh) {
      newKeys.put(key, value);
    } else {
      frontMatter = frontMatter.with(key, value);
    }
    return this;
  }

  // ------------------------------------------------------------------ body

  /**
   * A paragraph between the title and the first section.
   *
   * @param markdown the text (inline Markdown)
   * @return this builder
   */
  public DigestBuilder intro(String markdown) {
    intro.add(Paragraph.of(MarkdownInline.blockText(markdown)));
    return this;
  }

  /**
   * A topic section ({@code ## title}) with items and blocks.
   *
   * @param title the section title (plain text)
   * @param content adds the section's items and blocks
   * @return this builder
   */
  public DigestBuilder section(String title, Consumer<SectionBuilder> content) {
    requireText(title, "a section title");
    SectionBuilder b = new SectionBuilder(Heading.of(2, title));
    content.accept(b);
    sections.add(b.build());
    return this;
  }

  /**
   * A section that is itself one story ({@code ## [headline](url)} with facts and labels below).
   *
   * @param headline the headline (plain text)
   * @param url the link destination, or null for none
   * @param content adds the blocks below the headline
   * @return this builder
   * @throws IllegalStateException when {@code url} is null and the body is only bullet lists: such a section
   *     reads back as a list of one-line entries
   */
  public DigestBuilder story(String headline, @Nullable String url, Consumer<ItemBuilder> content) {
    requireText(headline, "a story's headline");
    if (url != null) {
      requireUrl(url, "a story's link");
    }
    ItemBuilder b = new ItemBuilder();
    content.accept(b);
    if (url == null && !b.blocks.isEmpty() && b.blocks.stream().allMatch(block -> block instanceof BulletList)) {
      throw new IllegalStateException("a story without a link whose body is only bullet lists reads back as a list"
          + " of entries; give it a link, a paragraph or a label");
    }
    Heading h = url == null ? Heading.of(2, headline) : Heading.linked(2, headline, url);
    sections.add(new Section(h, SectionRole.STORY, new ArrayList<SectionElement>(b.blocks)));
    return this;
  }

  /**
   * A "more" section of one-line entries ({@code ## 更多动态}).
   *
   * @param title the section title (plain text)
   * @param content adds the entries
   * @return this builder
   */
  public DigestBuilder moreSection(String title, Consumer<EntriesBuilder> content) {
    if (!SectionRole.isMoreTitle(title)) {
      throw new IllegalArgumentException("a more-section title starts with 更多 or 其他: " + title);
    }
    EntriesBuilder b = new EntriesBuilder();
    content.accept(b);
    List<SectionElement> elements = new ArrayList<>();
    if (!b.entries.isEmpty()) {
      elements.add(b.list());
    }
    sections.add(new Section(Heading.of(2, title), SectionRole.MORE, elements));
    return this;
  }

  /**
   * A section built elsewhere.
   *
   * @param section the section
   * @return this builder
   */
  public DigestBuilder section(Section section) {
    sections.add(Objects.requireNonNull(section, "section"));
    return this;
  }

  /**
   * Numbers every section {@code 一、}, {@code 二、}, … in order (more-sections included).
   *
   * @return this builder
   */
  public DigestBuilder numberSections() {
    for (int i = 0; i < sections.size(); i++) {
      Section s = sections.get(i);
      sections.set(i, s.withHeading(s.heading().withNumbering(new Numbering(Numbering.cjkNumeral(i + 1), "、"))));
    }
    return this;
  }

  /**
   * The trailer after a {@code ---} rule, as raw HTML.
   *
   * @param html the footer's raw HTML
   * @return this builder
   */
  public DigestBuilder footer(String html) {
    Footer candidate = Footer.of(html);
    Footer back = Digest.parse("# x\n\n" + candidate.toMarkdown("\n")).footer();
    if (back == null || !back.html().equals(candidate.html())) {
      throw new IllegalArgumentException("a footer is raw HTML blocks (starting with a tag such as <div>), which this"
          + " is not: it would read back as part of the body");
    }
    this.footer = candidate;
    return this;
  }

  /**
   * The text layout (line separator, final newline).
   *
   * @param value the layout
   * @return this builder
   */
  public DigestBuilder layout(TextLayout value) {
    this.layout = Objects.requireNonNull(value, "layout");
    return this;
  }

  /**
   * {@return the post}
   *
   * @throws IllegalArgumentException when the post would read back as another one (see {@link
   *     Digest#readBackDifference()}), naming the section and item where
   */
  public Digest build() {
    FrontMatter fm = frontMatter;
    Digest draft = new Digest(fm, title, intro, sections, footer, layout);
    if (summaryFromHeadlines) {
      List<String> headlines = new ArrayList<>();
      for (Item item : draft.items()) {
        headlines.add(item.headline());
      }
      set("summary", new FrontMatterValue.Scalar(Summary.bulletText(headlines), ScalarStyle.DOUBLE_QUOTED));
    }
    if (fresh) {
      List<FrontMatterEntry> entries = new ArrayList<>();
      for (String key : KEY_ORDER) {
        if (newKeys.containsKey(key)) {
          entries.add(FrontMatterEntry.of(key, newKeys.get(key)));
        }
      }
      for (Map.Entry<String, FrontMatterValue> e : newKeys.entrySet()) {
        if (!KEY_ORDER.contains(e.getKey())) {
          entries.add(FrontMatterEntry.of(e.getKey(), e.getValue()));
        }
      }
      fm = FrontMatter.of(entries);
    } else {
      fm = frontMatter;
    }
    Digest built = new Digest(fm, title, intro, sections, footer, layout);
    // what the methods above cannot see alone (a label the parser would not take for one, say) is caught here
    built.readBackDifference().ifPresent(where -> {
      throw new IllegalArgumentException("the post would read back as another one: " + where);
    });
    return built;
  }

  // ------------------------------------------------------------------ nested builders

  /** Builds the content of a topic section. */
  public static final class SectionBuilder {
    private Heading heading;
    private final List<SectionElement> elements = new ArrayList<>();
    private boolean hasItems;

    SectionBuilder(Heading heading) {
      this.heading = heading;
    }

    /**
     * Numbering in front of the title ({@code 一、}).
     *
     * @param numbering the numbering of the section's heading
     * @return this builder
     */
    public SectionBuilder numbering(Numbering numbering) {
      heading = heading.withNumbering(numbering);
      return this;
    }

    /**
     * An intro paragraph (before the first item).
     *
     * @param markdown the text (inline Markdown)
     * @return this builder
     */
    public SectionBuilder paragraph(String markdown) {
      if (hasItems) {
        throw new IllegalStateException("a section paragraph comes before its items; put it in an item instead");
      }
      elements.add(Paragraph.of(MarkdownInline.blockText(markdown)));
      return this;
    }

    /**
     * An item {@code ### [headline](url)} (no link when {@code url} is null).
     *
     * @param headline the headline (plain text)
     * @param url the link destination, or null for none
     * @param content adds the blocks below the headline
     * @return this builder
     */
    public SectionBuilder item(String headline, @Nullable String url, Consumer<ItemBuilder> content) {
      requireText(headline, "a headline");
      if (url != null) {
        requireUrl(url, "an item's link");
      }
      ItemBuilder b = new ItemBuilder();
      content.accept(b);
      Heading h = url == null ? Heading.of(3, headline) : Heading.linked(3, headline, url);
      return item(new Item(h, b.blocks));
    }

    /**
     * An item built elsewhere.
     *
     * @param item the item
     * @return this builder
     */
    public SectionBuilder item(Item item) {
      elements.add(item);
      hasItems = true;
      return this;
    }

    /**
     * A {@code ---} rule between items.
     *
     * @return this builder
     */
    public SectionBuilder rule() {
      if (!hasItems) {
        throw new IllegalStateException("a rule separates items; add an item first");
      }
      elements.add(ThematicBreak.create());
      return this;
    }

    /**
     * A sub-section of one-line entries below the items ({@code ### 更多动态}).
     *
     * @param title the section title (plain text)
     * @param content adds the entries
     * @return this builder
     */
    public SectionBuilder more(String title, Consumer<EntriesBuilder> content) {
      if (!SectionRole.isMoreTitle(title)) {
        throw new IllegalArgumentException("a more-section title starts with 更多 or 其他: " + title);
      }
      EntriesBuilder b = new EntriesBuilder();
      content.accept(b);
      List<SectionElement> list = new ArrayList<>();
      if (!b.entries.isEmpty()) {
        list.add(b.list());
      }
      elements.add(new Section(Heading.of(3, title), SectionRole.MORE, list));
      hasItems = true;
      return this;
    }

    /**
     * One-line entries as the whole content of a list section (no items).
     *
     * @param content adds the entries
     * @return this builder
     */
    public SectionBuilder entries(Consumer<EntriesBuilder> content) {
      if (hasItems) {
        throw new IllegalStateException("a list section holds entries only; use more(...) below items");
      }
      EntriesBuilder b = new EntriesBuilder();
      content.accept(b);
      elements.add(b.list());
      return this;
    }

    Section build() {
      boolean onlyEntries = !elements.isEmpty();
      for (SectionElement e : elements) {
        if (!(e instanceof MoreList)) {
          onlyEntries = false;
        }
      }
      SectionRole role =
          SectionRole.isMoreTitle(heading.title()) ? SectionRole.MORE
              : hasItems ? SectionRole.TOPIC
              : onlyEntries ? SectionRole.LIST : SectionRole.STORY;
      return new Section(heading, role, elements);
    }
  }

  /** Builds the body of an item: facts, paragraphs, labelled blocks, tables. */
  public static final class ItemBuilder {
    private final List<Block> blocks = new ArrayList<>();

    ItemBuilder() {}

    /**
     * A paragraph.
     *
     * @param markdown the text (inline Markdown)
     * @return this builder
     */
    public ItemBuilder paragraph(String markdown) {
      blocks.add(Paragraph.of(MarkdownInline.blockText(markdown)));
      return this;
    }

    /**
     * A fact bullet; consecutive facts form one (tight) list.
     *
     * @param markdown the text (inline Markdown)
     * @return this builder
     */
    public ItemBuilder fact(String markdown) {
      return fact(Bullet.of(bulletText(markdown, "a fact")));
    }

    /**
     * A fact bullet with nested bullets.
     *
     * @param markdown the text (inline Markdown)
     * @param nested the nested bullets' texts (inline Markdown)
     * @return this builder
     */
    public ItemBuilder fact(String markdown, String... nested) {
      List<Bullet> children = new ArrayList<>();
      for (String n : nested) {
        children.add(Bullet.of(bulletText(n, "a nested fact")));
      }
      return fact(Bullet.of(bulletText(markdown, "a fact"), children));
    }

    /**
     * A list built elsewhere, as it is: a loose one ({@code BulletList.of("a", "b").withLoose(true)}), numbered
     * items, nested items. Texts go through {@link Bullet#withText} to be held as they read back.
     *
     * @param list the facts as a list, loose or tight
     * @return this builder
     */
    public ItemBuilder facts(BulletList list) {
      blocks.add(Objects.requireNonNull(list, "list"));
      return this;
    }

    private ItemBuilder fact(Bullet bullet) {
      if (!blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof BulletList list) {
        List<Bullet> bullets = new ArrayList<>(list.bullets());
        bullets.add(bullet);
        blocks.set(blocks.size() - 1, list.withBullets(bullets));
      } else {
        blocks.add(new BulletList(List.of(bullet)));
      }
      return this;
    }

    /**
     * A {@code **深度解读 & 洞察：**} block with bullet points.
     *
     * @param points the insight points (inline Markdown)
     * @return this builder
     */
    public ItemBuilder insight(String... points) {
      List<Bullet> bullets = new ArrayList<>();
      for (String point : points) {
        bullets.add(Bullet.of(bulletText(point, "an insight point")));
      }
      return labelled(INSIGHT_LABEL, new BulletList(bullets));
    }

    /**
     * A {@code **影响：**} block with one paragraph.
     *
     * @param markdown the text (inline Markdown)
     * @return this builder
     */
    public ItemBuilder impact(String markdown) {
      return labelled(IMPACT_LABEL, Paragraph.of(MarkdownInline.blockText(markdown)));
    }

    /**
     * Any labelled block, the label on its own line, the content below it in the label's paragraph.
     *
     * @param label the label text, as in {@code 深度解读 & 洞察}
     * @param content the blocks below the label
     * @return this builder
     */
    public ItemBuilder labelled(String label, Block... content) {
      return labelled(Label.of(label), content);
    }

    /**
     * Any labelled block with a label made elsewhere: {@code Label.of("背景").withLineBreak(LabelBreak.PARAGRAPH)}
     * is a paragraph of its own above its content, {@link LabelBreak#HARD} ends its line with a line break; a label
     * with its text on its line ({@code new Label("影响", LabelForm.INLINE, 0, SourceInfo.NONE).withSeparator("  ")})
     * is followed by its {@link Label#separator()}, which renders as written, and an English label keeps its ASCII
     * colon ({@code Label.of("Impact").withColon(":")} is {@code **Impact:**}).
     *
     * @param label the label
     * @param content the blocks below the label
     * @return this builder
     */
    public ItemBuilder labelled(Label label, Block... content) {
      requireText(label.text(), "a label");
      blocks.add(new LabelledBlock(label, List.of(content)));
      return this;
    }

    /**
     * A table.
     *
     * @param header the header cells
     * @param rows the body rows
     * @return this builder
     */
    public ItemBuilder table(List<String> header, List<List<String>> rows) {
      blocks.add(Table.of(header, rows));
      return this;
    }

    /**
     * A table whose columns are aligned as given, one alignment per header cell.
     *
     * @param header the header cells
     * @param rows the body rows
     * @param alignments the column alignments
     * @return this builder
     */
    public ItemBuilder table(List<String> header, List<List<String>> rows, List<ColumnAlignment> alignments) {
      blocks.add(Table.of(header, rows, alignments));
      return this;
    }
  }

  private static String bulletText(String markdown, String what) {
    String text = MarkdownInline.itemText(markdown, "-");
    if (text.isEmpty()) {
      throw new IllegalArgumentException(what + " needs text: an empty one would write a bare '- ' line");
    }
    return text;
  }

  /** Refuses text with nothing but white space. */
  private static void requireText(String text, String what) {
    if (text.isBlank()) {
      throw new IllegalArgumentException(what + " needs text, not \"" + text + "\"");
    }
  }

  /**
   * Refuses what is not an absolute {@code http(s)} URL with a host: a link a reader can follow. Line breaks and
   * control characters are refused; spaces are kept (the writer encodes them).
   */
  static void requireUrl(String url, String what) {
    String lower = url.toLowerCase(java.util.Locale.ROOT);
    int scheme = lower.startsWith("https://") ? 8 : lower.startsWith("http://") ? 7 : -1;
    int hostEnd = scheme;
    while (hostEnd >= 0 && hostEnd < url.length() && "/?#".indexOf(url.charAt(hostEnd)) < 0) {
      hostEnd++;
    }
    boolean host = scheme >= 0 && hostEnd > scheme
        && url.substring(scheme, hostEnd).chars().noneMatch(c -> c <= ' ' || c == '\\' || c == '<' || c == '>');
    boolean controls = url.chars().anyMatch(c -> c < ' ' || c == 0x7f);
    if (!host || controls) {
      throw new IllegalArgumentException(what + " must be an absolute http:// or https:// URL with a host: \""
          + url + "\"");
    }
  }

  /** Builds one-line entries. */
  public static final class EntriesBuilder {
    private final List<MoreEntry> entries = new ArrayList<>();
    private boolean loose;

    EntriesBuilder() {}

    MoreList list() {
      return new MoreList(entries, loose);
    }

    /**
     * {@code - [title](url)：description}; an empty description writes {@code - [title](url)}.
     *
     * @param title the entry's title (plain text)
     * @param url the link destination
     * @param description the description (inline Markdown), or empty
     * @return this builder
     */
    public EntriesBuilder entry(String title, String url, String description) {
      requireText(title, "an entry's title");
      requireUrl(url, "an entry's link");
      entries.add(MoreEntry.of(title, url, description));
      return this;
    }

    /**
     * Separates the entries by blank lines: a loose list, each entry a paragraph ({@link MoreList#loose()}).
     *
     * @return this builder
     */
    public EntriesBuilder loose() {
      loose = true;
      return this;
    }

    /**
     * An entry built elsewhere.
     *
     * @param entry the entry
     * @return this builder
     */
    public EntriesBuilder entry(MoreEntry entry) {
      entries.add(entry);
      return this;
    }
  }
}
