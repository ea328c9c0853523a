package org.digestkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.digestkit.core.model.Item;
import org.digestkit.core.model.LabelKind;
import org.digestkit.core.model.MoreEntry;
import org.digestkit.core.model.Numbering;
import org.digestkit.core.model.Paragraph;
import org.digestkit.core.model.Section;
import org.digestkit.core.model.SectionRole;
import org.digestkit.core.model.SummaryEntry;
import org.digestkit.core.model.ThematicBreak;
import org.junit.jupiter.api.Test;

/** Posts built through the API are canonical and read back equal. */
class BuilderTest {

  private static Digest example() {
    return Digest.builder()
        .title("AI 日报：模型与产品")
        .date(LocalDate.of(2026, 7, 2))
        .category("AI 日报")
        .tags("AI", "AI 日报")
        .coverImage("https://img.example.org/c.png")
        .section("模型与产品", s -> s
            .item("新模型发布 *beta*", "https://example.com/a", i -> i
                .fact("参数规模翻倍")
                .fact("支持长上下文", "100 万词元", "更低延迟")
                .insight("推理成本下降", "开源生态受益")
                .impact("开发者可以更低成本部署"))
            .item("没有链接的新闻", null, i -> i.paragraph("正文。")))
        .moreSection("更多动态", m -> m.entry("开源工具更新", "https://example.com/b", "支持本地推理"))
        .summaryFromHeadlines()
        .footer("<div>card</div>")
        .build();
  }

  @Test
  void buildsACanonicalPost() {
    assertThat(example().toMarkdown()).isEqualTo("""
        ---
        title: AI 日报：模型与产品
        date: 2026-07-02
        category: AI 日报
        tags: ["AI","AI 日报"]
        coverImage: "https://img.example.org/c.png"
        summary: "- 新模型发布 *beta*\\n- 没有链接的新闻"
        ---
        # AI 日报：模型与产品

        ## 模型与产品

        ### [新模型发布 \\*beta\\*](https://example.com/a)

        - 参数规模翻倍
        - 支持长上下文
          - 100 万词元
          - 更低延迟

        **深度解读 & 洞察：**
        - 推理成本下降
        - 开源生态受益

        **影响：**
        开发者可以更低成本部署

        ### 没有链接的新闻

        正文。

        ## 更多动态

        - [开源工具更新](https://example.com/b)：支持本地推理

        ---

        <div>card</div>""");
  }

  @Test
  void aBuiltPostReadsBackEqual() {
    Digest built = example();
    Digest parsed = Digest.parse(built.toMarkdown());
    assertThat(parsed).isEqualTo(built);
    assertThat(parsed.sections()).extracting(s -> s.role()).containsExactly(SectionRole.TOPIC, SectionRole.MORE);
    assertThat(parsed.items().get(0).headline()).isEqualTo("新模型发布 *beta*");
    assertThat(parsed.items().get(0).labelled(LabelKind.IMPACT)).isPresent();
    assertThat(parsed.frontMatter().summary().orElseThrow().entries()).extracting(SummaryEntry::text)
        .containsExactly("新模型发布 *beta*", "没有链接的新闻");
  }

  @Test
  void toBuilderKeepsTheSourceOfWhatItDoesNotChange() {
    Digest parsed = Digest.parse(example().toMarkdown());
    Digest edited = parsed.toBuilder().date(LocalDate.of(2026, 7, 3)).build();
    LineDiff diff = LineDiff.of(parsed.toMarkdown(), edited.toMarkdown());
    assertThat(diff.removed()).containsExactly("date: 2026-07-02");
    assertThat(diff.added()).containsExactly("date: 2026-07-03");
  }

  @Test
  void numberedSectionsUseCjkNumerals() {
    Digest d = Digest.builder().title("t")
        .section("甲", s -> s.item("a", null, i -> i.paragraph("x")))
        .section("乙", s -> s.item("b", null, i -> i.paragraph("y")))
        .numberSections().build();
    assertThat(d.toMarkdown()).contains("## 一、甲").contains("## 二、乙");
    assertThat(Digest.parse(d.toMarkdown())).isEqualTo(d);
  }

  @Test
  void structuresTheParserWouldReadDifferentlyAreRefused() {
    assertThatThrownBy(() -> Digest.builder().section("x", s -> s.item("a", null, i -> { }).paragraph("late")))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Digest.builder().moreSection("模型", m -> { }))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void eachSectionShapeGetsTheRoleTheParserGivesIt() {
    Digest d = Digest.builder().title("t")
        .section("模型", s -> s.paragraph("导语。").item("a", "https://example.com/a", i -> i.fact("x")))
        .section("工具", s -> s.entries(e -> e.entry("b", "https://example.com/b", "说明")))
        .story("单条新闻", "https://example.com/c", i -> i.fact("y"))
        .moreSection("更多动态", m -> m.entry("d", "https://example.com/d", ""))
        .build();
    assertThat(d.sections()).extracting(Section::role)
        .containsExactly(SectionRole.TOPIC, SectionRole.LIST, SectionRole.STORY, SectionRole.MORE);
    assertThat(d.toMarkdown()).contains("- [b](https://example.com/b)：说明\n").endsWith("- [d](https://example.com/d)");
    Digest parsed = Digest.parse(d.toMarkdown());
    assertThat(parsed).isEqualTo(d);
    assertThat(parsed.sections()).extracting(Section::role)
        .containsExactly(SectionRole.TOPIC, SectionRole.LIST, SectionRole.STORY, SectionRole.MORE);
  }

  @Test
  void aRuleSeparatesItemsAndAMoreListFollowsThem() {
    Item built = new Item(org.digestkit.core.model.Heading.of(3, "b"), java.util.List.of());
    Digest d = Digest.builder().title("t")
        .section("模型", s -> s
            .numbering(new Numbering("01", "｜"))
            .item("a", null, i -> i.fact("x"))
            .rule()
            .item(built)
            .more("更多动态", m -> m.entry(MoreEntry.of("c", "https://example.com/c", "说明"))))
        .build();
    Section section = d.sections().get(0);
    assertThat(section.heading().numbering().text()).isEqualTo("01｜");
    assertThat(section.elements()).hasSize(4);
    assertThat(section.elements().get(1)).isInstanceOf(ThematicBreak.class);
    assertThat(section.elements().get(3)).isInstanceOfSatisfying(Section.class,
        more -> assertThat(more.role()).isEqualTo(SectionRole.MORE));
    assertThat(d.toMarkdown()).contains("## 01｜模型\n").contains("\n---\n").contains("### 更多动态\n");
    assertThat(d.moreEntries()).extracting(MoreEntry::title).containsExactly("c");
    assertThat(Digest.parse(d.toMarkdown())).isEqualTo(d);
  }

  @Test
  void sectionShapesTheParserWouldReadDifferentlyAreRefused() {
    assertThatThrownBy(() -> Digest.builder().section("x", s -> s.rule()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("add an item first");
    assertThatThrownBy(() -> Digest.builder().section("x", s -> s.item("a", null, i -> { })
        .entries(e -> e.entry("b", "https://example.com/b", ""))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("more(...)");
    assertThatThrownBy(() -> Digest.builder().section("x", s -> s.item("a", null, i -> { })
        .more("模型", m -> { })))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("更多");
    assertThatThrownBy(() -> Digest.builder().title("t").footer("感谢阅读"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("raw HTML blocks");
    assertThat(Digest.builder().title("t").footer("<div>感谢阅读</div>").build().footer().html())
        .isEqualTo("<div>感谢阅读</div>");
    assertThatThrownBy(() -> Digest.builder().title("t")
        .section("模型", x -> x.item("新品", null, i -> i.fact("f").labelled("[注]", Paragraph.of("p")))).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the post would read back as another one: line 12, column 1 of the Markdown (**[注]：**) reads"
            + " back as another element");
    assertThatThrownBy(() -> Digest.builder().story("单条新闻", null, i -> i.fact("y")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("give it a link");
    Digest unlinkedWithText = Digest.builder().title("t").story("单条新闻", null, i -> i.paragraph("正文。").fact("y"))
        .build();
    assertThat(Digest.parse(unlinkedWithText.toMarkdown())).isEqualTo(unlinkedWithText);
  }
}
