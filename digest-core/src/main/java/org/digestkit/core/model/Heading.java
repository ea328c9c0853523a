package org.digestkit.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.digestkit.core.markdown.MarkdownInline;

/**
 * An ATX heading line ({@code ## 一、title}, {@code ### [headline](url)}).
 *
 * @param level 1 to 6
 * @param numbering the section numbering in front of the text, or {@link Numbering#NONE}
 * @param content the inline Markdown after the numbering, as written (a link, text, or text with a link)
 * @param source where it was read from, or {@link SourceInfo#NONE}
 */
public record Heading(int level, Numbering numbering, String content, SourceInfo source) {
  /**
   * Checks the components.
   *
   * @param level 1 to 6
   * @param numbering the section numbering in front of the text, or {@link Numbering#NONE}
   * @param content the inline Markdown after the numbering, as written (a link, text, or text with a link)
   * @param source where it was read from, or {@link SourceInfo#NONE}
   */
  public Heading {
    if (level < 1 || level > 6) {
      throw new IllegalArgumentException("heading level must be 1..6: " + level);
    }
    Objects.requireNonNull(numbering, "numbering");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(source, "source");
    if (content.indexOf('\n') >= 0 || content.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("a heading is one line: " + content);
    }
  }

  /**
   * {@return a heading with plain text (escaped for Markdown)}
   *
   * @param level the heading level, 1 to 6
   * @param text the text
   */
  public static Heading of(int level, String text) {
    return new Heading(level, Numbering.NONE, MarkdownInline.escape(text.strip()), SourceInfo.NONE);
  }

  /**
   * {@return a heading whose whole text links to {@code url}: {@code ### [text](url)}}
   *
   * @param level the heading level, 1 to 6
   * @param text the text
   * @param url the address
   */
  public static Heading linked(int level, String text, String url) {
    return new Heading(level, Numbering.NONE, linkMarkdown(text, url), SourceInfo.NONE);
  }

  /** {@return the heading text as a reader sees it, without link or emphasis syntax (numbering excluded)} */
  public String title() {
    return MarkdownInline.plainText(content).strip();
  }

  /** {@return the links in the heading} */
  public List<Link> links() {
    return MarkdownInline.links(content);
  }

  /** {@return the first link of the heading, if any} */
  public Optional<Link> link() {
    List<Link> links = links();
    return links.isEmpty() ? Optional.empty() : Optional.of(links.get(0));
  }

  /** {@return the destination of the first link, if any} */
  public Optional<String> url() {
    return link().map(Link::url);
  }

  /** {@return whether the whole heading text is one link} */
  public boolean isFullyLinked() {
    List<Link> links = links();
    return links.size() == 1 && links.get(0).start() == 0 && links.get(0).end() == content.length();
  }

  /**
   * {@return a copy whose first link points to {@code url}; an unlinked heading becomes one link}
   *
   * @param url the address
   */
  public Heading withUrl(String url) {
    Optional<Link> link = link();
    String escaped = MarkdownInline.escapeUrl(url);
    String newContent =
        link.isPresent()
            ? content.substring(0, link.get().urlStart()) + escaped + content.substring(link.get().urlEnd())
            : "[" + content + "](" + escaped + ")";
    return new Heading(level, numbering, newContent, source);
  }

  /**
   * {@return a copy with new text, keeping the link of a fully linked heading}
   *
   * @param text the text
   */
  public Heading withTitle(String text) {
    String newContent =
        isFullyLinked() ? linkMarkdown(text, link().orElseThrow().url()) : MarkdownInline.escape(text.strip());
    return new Heading(level, numbering, newContent, source);
  }

  /**
   * {@return a copy with other numbering}
   *
   * @param newNumbering the numbering of the copy
   */
  public Heading withNumbering(Numbering newNumbering) {
    return new Heading(level, newNumbering, content, source);
  }

  /**
   * {@return a copy with other raw inline content}
   *
   * @param newContent the content of the copy
   */
  public Heading withContent(String newContent) {
    return new Heading(level, numbering, newContent, source);
  }

  /** {@return the heading line in canonical form} */
  public String toMarkdown() {
    return "#".repeat(level) + " " + numbering.text() + content;
  }

  static String linkMarkdown(String text, String url) {
    return "[" + MarkdownInline.escape(text.strip()) + "](" + MarkdownInline.escapeUrl(url) + ")";
  }
}
