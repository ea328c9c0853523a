package org.digestkit.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.digestkit.core.markdown.MarkdownInline;

/**
 * A news item: a heading ({@code ### [headline](url)}, {@code ### headline}, {@code #### …}) and its body —
 * fact bullets, paragraphs, labelled blocks, tables.
 *
 * @param heading the item's heading (its headline, often a link)
 * @param body the blocks below the heading
 */
public record Item(Heading heading, List<Block> body) implements SectionElement {
  /**
   * Checks the components and copies the lists.
   *
   *
   * @param heading the item's heading (its headline, often a link)
   * @param body the blocks below the heading
   */
  public Item {
    Objects.requireNonNull(heading, "heading");
    body = List.copyOf(body);
  }

  /** {@return the headline as a reader sees it} */
  public String headline() {
    return heading.title();
  }

  /**
   * {@return the item's source URL: its heading's link, or else a link line directly below the heading
   * ({@code [GitHub 地址](url)})}
   */
  public Optional<String> url() {
    Optional<String> fromHeading = heading.url();
    if (fromHeading.isPresent()) {
      return fromHeading;
    }
    if (!body.isEmpty() && body.get(0) instanceof Paragraph p && p.isLinkOnly()) {
      return Optional.of(p.links().get(0).url());
    }
    return Optional.empty();
  }

  /**
   * {@return a copy with its heading's link (or its link line, when the heading has none) pointing to {@code url}}
   *
   * @param url the address
   */
  public Item withUrl(String url) {
    if (heading.url().isEmpty() && !body.isEmpty() && body.get(0) instanceof Paragraph p && p.isLinkOnly()) {
      Link link = p.links().get(0);
      String text = p.text();
      int offset = text.indexOf('[');
      String newText =
          text.substring(0, offset + link.urlStart())
              + MarkdownInline.escapeUrl(url)
              + text.substring(offset + link.urlEnd());
      List<Block> newBody = new ArrayList<>(body);
      newBody.set(0, new Paragraph(newText, p.source()));
      return new Item(heading, newBody);
    }
    return new Item(heading.withUrl(url), body);
  }

  /**
   * {@return a copy with another heading}
   *
   * @param newHeading the heading of the copy
   */
  public Item withHeading(Heading newHeading) {
    return new Item(newHeading, body);
  }

  /**
   * {@return a copy with another body}
   *
   * @param newBody the body of the copy
   */
  public Item withBody(List<Block> newBody) {
    return new Item(heading, newBody);
  }

  /** {@return the fact bullets of the item (top level of its lists outside labelled blocks)} */
  public List<Bullet> facts() {
    List<Bullet> out = new ArrayList<>();
    for (Block b : body) {
      if (b instanceof BulletList list) {
        out.addAll(list.bullets());
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** {@return the labelled blocks of the item, in order} */
  public List<LabelledBlock> labelledBlocks() {
    List<LabelledBlock> out = new ArrayList<>();
    for (Block b : body) {
      if (b instanceof LabelledBlock lb) {
        out.add(lb);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * {@return the first labelled block of the given kind}
   *
   * @param kind the kind of label to look for
   */
  public Optional<LabelledBlock> labelled(LabelKind kind) {
    for (LabelledBlock lb : labelledBlocks()) {
      if (lb.kind() == kind) {
        return Optional.of(lb);
      }
    }
    return Optional.empty();
  }
}
