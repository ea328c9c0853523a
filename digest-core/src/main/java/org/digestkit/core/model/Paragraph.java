package org.digestkit.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.digestkit.core.markdown.MarkdownInline;

/**
 * A paragraph of inline Markdown, its lines as written (trailing spaces kept), joined by {@code \n}.
 * Bare URL lines, link lines ({@code [链接](url)}) and {@code **lead**：text} paragraphs are paragraphs too;
 * see {@link #boldLead()} and {@link #isLinkOnly()}.
 *
 * @param text the paragraph as inline Markdown, lines joined by {@code \n}
 * @param source where the element was read from and how it was written there ({@link SourceInfo#NONE} when built)
 */
public record Paragraph(String text, SourceInfo source) implements Block {
  /**
   * Checks the components.
   *
   * @param text the paragraph as inline Markdown, lines joined by {@code \n}
   * @param source where the element was read from and how it was written there ({@link SourceInfo#NONE} when built)
   */
  public Paragraph {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
  }

  /**
   * {@return a new paragraph with the given inline Markdown}
   *
   * @param markdown the post's Markdown text
   * @throws IllegalArgumentException when {@code markdown} is blank: such a paragraph would not be written at all
   */
  public static Paragraph of(String markdown) {
    if (markdown.chars().allMatch(c -> c == ' ' || c == '\t' || c == '\n' || c == '\r')) { // Markdown's blank
      throw new IllegalArgumentException("a paragraph needs text: a blank one would not be written");
    }
    return new Paragraph(markdown, SourceInfo.NONE);
  }

  /** {@return the text as a reader sees it} */
  public String plainText() {
    return MarkdownInline.plainText(text);
  }

  /** {@return the links in the paragraph} */
  public List<Link> links() {
    return MarkdownInline.links(text);
  }

  /** {@return whether the paragraph is a single link and nothing else ({@code [GitHub 地址](url)})} */
  public boolean isLinkOnly() {
    String t = text.strip();
    Link link = MarkdownInline.linkAt(t, 0);
    return link != null && link.end() == t.length();
  }

  /**
   * {@return the bold lead of a {@code **lead**：text} or {@code **lead：**text} paragraph, if it starts with one}
   */
  public Optional<String> boldLead() {
    if (!text.startsWith("**")) {
      return Optional.empty();
    }
    int close = text.indexOf("**", 2);
    if (close < 3) {
      return Optional.empty();
    }
    String lead = text.substring(2, close);
    boolean colonInside = lead.endsWith("：") || lead.endsWith(":");
    boolean colonAfter = text.startsWith("：", close + 2) || text.startsWith(":", close + 2);
    if (!colonInside && !colonAfter) {
      return Optional.empty();
    }
    return Optional.of(colonInside ? lead.substring(0, lead.length() - 1) : lead);
  }

  /** {@return whether the whole paragraph is one bold run ({@code **产品更新**}), as group headers are} */
  public boolean isBoldOnly() {
    String t = text.strip();
    return t.length() > 4 && t.startsWith("**") && t.endsWith("**") && t.indexOf("**", 2) == t.length() - 2;
  }
}
