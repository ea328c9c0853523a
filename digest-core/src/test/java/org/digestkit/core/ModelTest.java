package org.digestkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.digestkit.core.EditLocalityTest.fixture;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.digestkit.core.model.Bullet;
import org.digestkit.core.model.Item;
import org.digestkit.core.model.Label;
import org.digestkit.core.model.LabelBreak;
import org.digestkit.core.model.LabelForm;
import org.digestkit.core.model.LabelKind;
import org.digestkit.core.model.LabelledBlock;
import org.digestkit.core.model.MoreEntry;
import org.digestkit.core.model.MoreEntryForm;
import org.digestkit.core.model.Paragraph;
import org.digestkit.core.model.RawBlock;
import org.digestkit.core.model.Section;
import org.digestkit.core.model.SourceInfo;
import org.digestkit.core.model.SectionRole;
import org.digestkit.core.model.Summary;
import org.digestkit.core.model.SummaryEntry;
import org.digestkit.core.model.SummaryShape;
import org.digestkit.core.model.Table;
import org.junit.jupiter.api.Test;

/** The typed model read from the project's fixtures. */
class ModelTest {

  /** A "more" section holds no news items at any level: the same meaning at the top and nested in a topic. */
  @Test
  void itemsLeaveOutMoreSectionsAtEveryLevel() {
    String text = "# T\n\n## 一、模型\n\n### 甲\n\n正文。\n\n### 更多动态\n\n#### 乙\n\n正文。\n\n"
        + "### 专题\n\n#### 丙\n\n正文。\n\n## 更多动态\n\n### 丁\n\n正文。\n";
    Digest d = Digest.parse(text);
    Section topic = d.sections().get(0);
    assertThat(topic.elements()).filteredOn(Section.class::isInstance)
        .extracting(e -> ((Section) e).role()).contains(SectionRole.MORE);
    assertThat(d.sections().get(1).role()).isEqualTo(SectionRole.MORE);
    assertThat(d.items()).extracting(Item::headline).containsExactly("甲", "丙");
    assertThat(topic.items()).extracting(Item::headline).containsExactly("甲", "丙");
  }

  @Test
  void aLabelKeepsItsColonAsWrittenAndItsCanonicalFormWritesIt() {
    Digest d = Digest.parse("# t\n\n## s\n\n### i\n\n**Impact:**\ncost\n\n**影响 \t：** x\n\n**深度解读**:y\n\n"
        + "**洞察**：z\n");
    List<Label> labels = firstItemLabels(d);

    assertThat(labels).extracting(Label::text).containsExactly("Impact", "影响", "深度解读", "洞察");
    assertThat(labels).extracting(Label::colon).containsExactly(":", " \t：", ":", "：");
    assertThat(labels).extracting(Label::toMarkdown)
        .containsExactly("**Impact:**", "**影响 \t：**", "**深度解读**:", "**洞察**：");
    assertThat(d.toCanonicalMarkdown()).contains("**Impact:**\ncost", "**影响 \t：** x", "**深度解读**:y");
    assertThat(Label.of("Note").withColon(":").toMarkdown()).isEqualTo("**Note:**");
    assertThat(Label.of("Note").colon()).isEqualTo("：");
  }

  @Test
  void aLabelRefusesAColonTheParserWouldNotReadAsOne() {
    Label line = Label.of("Note");
    assertThatThrownBy(() -> line.withColon("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> line.withColon(": ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> line.withColon("\u3000：")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> line.withColon("-")).isInstanceOf(IllegalArgumentException.class);
    Label outside = new Label("影响", LabelForm.COLON_OUTSIDE, 0, SourceInfo.NONE);
    assertThatThrownBy(() -> outside.withColon(" ：")).isInstanceOf(IllegalArgumentException.class);
    assertThat(outside.withColon(":").colon()).isEqualTo(":");
    Label heading = new Label("背景", LabelForm.HEADING, 4, SourceInfo.NONE);
    assertThatThrownBy(() -> heading.withColon("：")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aLabelLineKeepsTheWhiteSpaceAtItsEndThatRenders() {
    Digest d = Digest.parse("# t\n\n## s\n\n### i\n\n**Note:** \t  \nhard\n\n**影响：**  \t\nsoft\n\n"
        + "**洞察**： \\\nslash\n\n**Impact:** \t\n\nown paragraph\n");
    List<Label> labels = firstItemLabels(d);

    assertThat(labels).extracting(Label::separator).containsExactly(" \t", "  \t", " ", "");
    assertThat(labels).extracting(Label::toMarkdown)
        .containsExactly("**Note:** \t\\", "**影响：**  \t", "**洞察**： \\", "**Impact:**");
    Label line = Label.of("Note");
    assertThatThrownBy(() -> line.withSeparator(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThat(line.withSeparator("\t").separator()).isEqualTo("\t");
    assertThat(line.withLineBreak(LabelBreak.HARD).withSeparator(" ").toMarkdown()).isEqualTo("**Note：** \\");
    assertThatThrownBy(() -> line.withLineBreak(LabelBreak.PARAGRAPH).withSeparator("\t"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void frontMatterKeysAreTypedAndKeptInOrder() throws IOException {
    Digest d = Digest.parse(fixture("topic-items.md"));
    assertThat(d.frontMatter().keys())
        .containsExactly("title", "date", "category", "tags", "seo", "coverImage", "summary");
    assertThat(d.frontMatter().title()).contains("示例日报：模型发布与工具更新");
    assertThat(d.frontMatter().date()).contains(LocalDate.of(2026, 3, 2));
    assertThat(d.frontMatter().dateText()).contains("2026-03-02");
    assertThat(d.frontMatter().tags()).containsExactly("AI", "AI 日报");
    assertThat(d.frontMatter().coverImage()).hasValueSatisfying(u -> assertThat(u).startsWith("https://"));
  }

  @Test
  void summaryEntriesPointIntoTheQuotedString() throws IOException {
    Digest d = Digest.parse(fixture("topic-items.md"));
    Summary summary = d.frontMatter().summary().orElseThrow();
    assertThat(summary.shape()).isEqualTo(SummaryShape.BULLETS);
    assertThat(summary.entries()).extracting(SummaryEntry::text)
        .containsExactly("示例模型发布新版本", "工具链支持本地推理", "某公司发布\"智能助手\"更新");
    String line = d.frontMatter().entry("summary").orElseThrow().source().raw();
    for (SummaryEntry e : summary.entries()) {
      assertThat(e.line()).isEqualTo(8);
      String at = line.substring(e.column() - 1);
      assertThat(at).startsWith(e.text().substring(0, 4));
    }
  }

  @Test
  void summaryEntriesOnLaterLinesOfAMultiLineScalarPointAtTheirOwnLine() {
    String text = "---\ntitle: T\nsummary: \"- 第一条\\n- second entry\\\n  \\n- 第三条 story\\n\\\n  - 最后\"\n---\n\n# T\n";
    Digest d = Digest.parse(text);
    Summary summary = d.frontMatter().summary().orElseThrow();
    assertThat(summary.entries()).extracting(SummaryEntry::text)
        .containsExactly("第一条", "second entry", "第三条 story", "最后");
    String[] lines = text.split("\n", -1);
    assertThat(summary.entries()).extracting(SummaryEntry::line).containsExactly(3, 3, 4, 5);
    for (SummaryEntry e : summary.entries()) {
      assertThat(lines[e.line() - 1].substring(e.column() - 1)).as("%s", e.text()).startsWith(e.text());
    }
  }

  @Test
  void summaryShapes() throws IOException {
    Summary semicolons = Digest.parse(fixture("story-sections.md")).frontMatter().summary().orElseThrow();
    assertThat(semicolons.shape()).isEqualTo(SummaryShape.SEMICOLONS);
    assertThat(semicolons.entries()).extracting(SummaryEntry::text).containsExactly("模型发布", "芯片出货", "政策更新");
    assertThat(Digest.parse(fixture("stub.md")).frontMatter().summary().orElseThrow().shape())
        .isEqualTo(SummaryShape.PROSE);
  }

  @Test
  void topicSectionsHoldItemsWithFactsAndLabels() throws IOException {
    Digest d = Digest.parse(fixture("topic-items.md"));
    assertThat(d.title().title()).isEqualTo("示例日报：模型发布与工具更新");
    Section topic = d.sections().get(0);
    assertThat(topic.role()).isEqualTo(SectionRole.TOPIC);
    assertThat(topic.title()).isEqualTo("模型与产品：新版本密集发布");
    List<Item> items = topic.items();
    assertThat(items).extracting(Item::headline).containsExactly(
        "示例模型发布 2.0 版本，推理速度提升一倍", "工具链支持本地推理", "某公司发布\"智能助手\"更新 附加说明", "数据对比");

    Item first = items.get(0);
    assertThat(first.url()).contains("https://news.example.org/a/1001");
    LabelledBlock insight = first.labelled(LabelKind.INSIGHT).orElseThrow();
    assertThat(insight.label().text()).isEqualTo("深度解读 & 洞察");
    assertThat(insight.label().form()).isEqualTo(LabelForm.LINE);
    List<Bullet> points = ((org.digestkit.core.model.BulletList) insight.content().get(0)).bullets();
    assertThat(points).hasSize(2);
    assertThat(points.get(1).children()).extracting(Bullet::text).containsExactly("嵌套要点一", "嵌套要点二");
    LabelledBlock impact = first.labelled(LabelKind.IMPACT).orElseThrow();
    assertThat(impact.content()).containsExactly(Paragraph.of("开发者可以用更低的成本部署模型。"));

    Item second = items.get(1);
    assertThat(second.url()).isEmpty();
    assertThat(second.facts()).extracting(Bullet::text).containsExactly("支持主流显卡", "安装包体积缩小 40%");
    LabelledBlock inline = second.labelledBlocks().get(0);
    assertThat(inline.label().form()).isEqualTo(LabelForm.INLINE);
    assertThat(inline.kind()).isEqualTo(LabelKind.INSIGHT);
    assertThat(inline.content()).containsExactly(Paragraph.of("本地推理降低了隐私风险，也降低了延迟。"));
    assertThat(inline.content().get(0)).isInstanceOfSatisfying(Paragraph.class,
        p -> assertThat(p.source().column()).isEqualTo(11));

    Item third = items.get(2);
    assertThat(third.heading().isFullyLinked()).isFalse();
    assertThat(third.url()).contains("https://news.example.org/a/1002");
    assertThat(third.labelledBlocks()).extracting(lb -> lb.label().form())
        .containsExactly(LabelForm.LINE, LabelForm.COLON_OUTSIDE);
    assertThat(third.labelledBlocks().get(0).content().get(0))
        .isInstanceOfSatisfying(org.digestkit.core.model.BulletList.class,
            l -> assertThat(l.bullets()).extracting(Bullet::marker).containsExactly("1.", "2."));

    Table table = (Table) items.get(3).body().get(0);
    assertThat(table.header()).containsExactly("指标", "旧版", "新版");
    assertThat(table.rows()).containsExactly(List.of("速度", "1x", "2x"), List.of("价格", "10", "5"));
  }

  @Test
  void moreEntriesInEveryForm() throws IOException {
    Digest d = Digest.parse(fixture("topic-items.md"));
    Section more = d.sections().get(1);
    assertThat(more.role()).isEqualTo(SectionRole.MORE);
    List<MoreEntry> entries = d.moreEntries();
    assertThat(entries).extracting(MoreEntry::form).containsExactly(MoreEntryForm.LINK, MoreEntryForm.LINK,
        MoreEntryForm.LINK, MoreEntryForm.BOLD, MoreEntryForm.BOLD, MoreEntryForm.PLAIN);
    assertThat(entries).extracting(MoreEntry::separator).containsExactly("：", "，", "", "：", "：", "");
    assertThat(entries.get(0).description()).isEqualTo("支持更多硬件");
    assertThat(entries.get(4).link()).contains("https://news.example.org/b/4");
    assertThat(entries.get(5).link()).isEmpty();
    assertThat(entries.get(0).source().line()).isEqualTo(52);
    assertThat(d.footer().html()).startsWith("<div class=\"card\">");
    assertThat(d.footer().rules()).isEqualTo(1);
  }

  @Test
  void storySectionsAndHeadingLabels() throws IOException {
    Digest d = Digest.parse(fixture("story-sections.md"));
    assertThat(d.intro()).hasSize(1);
    assertThat(d.sections()).extracting(Section::role).containsExactly(
        SectionRole.STORY, SectionRole.STORY, SectionRole.LIST, SectionRole.MORE);
    Item story = d.items().get(0);
    assertThat(story.url()).contains("https://news.example.org/s/1");
    assertThat(story.labelledBlocks()).extracting(lb -> lb.label().form())
        .containsExactly(LabelForm.HEADING, LabelForm.HEADING);
    assertThat(d.items().get(1).labelledBlocks()).extracting(lb -> lb.label().text()).containsExactly("深度解读");
    assertThat(d.moreEntries()).extracting(MoreEntry::separator).containsExactly("", "", " — ", "——");
    assertThat(d.moreEntries()).extracting(MoreEntry::plainTitle).containsExactly("政策更新发布", "适用于所有开发者", "动态一", "动态二");
  }

  @Test
  void aLinkedHeadingOverFactsIsAStoryAndAPlainOneOverBulletsIsAList() {
    Digest d = Digest.parse("""
        # t

        ## [单条新闻](https://example.com/s)

        - 事实一
        - 事实二

        ## 工具

        - 条目一
        - [条目二](https://example.com/e)：说明

        ## 更多动态

        ### [链接标题](https://example.com/m)

        - [条目三](https://example.com/f)
        """);
    assertThat(d.sections()).extracting(Section::role)
        .containsExactly(SectionRole.STORY, SectionRole.LIST, SectionRole.MORE);
    assertThat(d.items()).singleElement().satisfies(story -> {
      assertThat(story.url()).contains("https://example.com/s");
      assertThat(story.facts()).extracting(f -> f.text()).containsExactly("事实一", "事实二");
    });
    // under a "more" section everything stays an entry, whatever its heading
    assertThat(d.sections().get(2).elements()).singleElement().isInstanceOfSatisfying(Section.class,
        nested -> assertThat(nested.role()).isEqualTo(SectionRole.LIST));
    assertThat(d.moreEntries()).extracting(MoreEntry::plainTitle).containsExactly("条目一", "条目二", "条目三");
  }

  @Test
  void numberingSubMoreAndGroupLabels() throws IOException {
    Digest d = Digest.parse(fixture("numbered-sections.md"));
    assertThat(d.sections()).extracting(s -> s.numbering().text()).containsExactly("一、", "二、", "三、");
    assertThat(d.sections()).extracting(s -> s.numbering().value()).containsExactly(1, 2, 3);
    Section first = d.sections().get(0);
    assertThat(first.subsections()).singleElement()
        .satisfies(s -> assertThat(s.role()).isEqualTo(SectionRole.MORE));
    assertThat(first.moreEntries()).hasSize(1);
    Section second = d.sections().get(1);
    assertThat(second.blocks()).first().isInstanceOfSatisfying(Paragraph.class,
        p -> assertThat(p.isBoldOnly()).isTrue());
    assertThat(d.sections().get(2).role()).isEqualTo(SectionRole.MORE);
  }

  @Test
  void articlesParseAsGenericSectionsAndRawBlocks() throws IOException {
    Digest d = Digest.parse(fixture("article.md"));
    assertThat(d.frontMatter().title()).contains("一篇普通的技术文章");
    assertThat(d.frontMatter().tags()).isEmpty();
    assertThat(d.frontMatter().seo()).containsExactly("示例", "文章");
    assertThat(d.title()).isNotNull();
    assertThat(d.allSections()).extracting(Section::title).contains("安装", "使用", "第二个一级标题");
    assertThat(d.sections().get(0).blocks()).anySatisfy(b -> assertThat(b).isInstanceOfSatisfying(
        RawBlock.class, r -> assertThat(r.text()).startsWith("```bash").contains("## not a heading")));
  }

  @Test
  void stubHasNoSectionsAndAFooter() throws IOException {
    Digest d = Digest.parse(fixture("stub.md"));
    assertThat(d.sections()).isEmpty();
    assertThat(d.intro()).containsExactly(Paragraph.of("今日内容暂缺，请稍后查看。"));
    assertThat(d.footer()).isNotNull();
  }

  @Test
  void bomAndCrlfAreKeptInTheLayoutButNotInEquality() throws IOException {
    Digest crlf = Digest.parse(fixture("crlf.md"));
    assertThat(crlf.layout().lineSeparator()).isEqualTo("\r\n");
    Digest lf = Digest.parse(crlf.toMarkdown().replace("\r\n", "\n"));
    assertThat(lf).isEqualTo(crlf);
    Digest bom = Digest.parse(fixture("bom.md"));
    assertThat(bom.layout().bom()).isTrue();
    assertThat(bom.toMarkdown()).startsWith("\uFEFF---");
    assertThat(bom.title().title()).isEqualTo("BOM 示例");
  }

  @Test
  void editsInACrlfPostUseCrlf() throws IOException {
    Digest crlf = Digest.parse(fixture("crlf.md"));
    Item item = crlf.items().get(0);
    String out = crlf.replaceItem(item, item.withUrl("https://x.example.org/")).toMarkdown();
    assertThat(out).contains("### [条目](https://x.example.org/)\r\n").doesNotContain("\n\n");
  }

  /** The labels of the labelled blocks of the post's first item, in order. */
  private static List<Label> firstItemLabels(Digest d) {
    return d.items().get(0).body().stream()
        .filter(LabelledBlock.class::isInstance).map(b -> ((LabelledBlock) b).label()).toList();
  }
}
