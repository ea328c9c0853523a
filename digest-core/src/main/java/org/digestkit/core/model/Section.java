package org.digestkit.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A section: a heading and, in order, what it holds — intro paragraphs, items, one-line entries, rules, nested
 * sections (a wrapper's themes, a sub-more group). Its {@link SectionRole role} says how it is used.
 *
 * @param heading the section's heading
 * @param role what kind of section it is (topic, story, more, list)
 * @param elements the items, nested sections and blocks below the heading, in order
 */
public record Section(Heading heading, SectionRole role, List<SectionElement> elements) implements SectionElement {
  /**
   * Checks the components and copies the lists.
   *
   *
   * @param heading the section's heading
   * @param role what kind of section it is (topic, story, more, list)
   * @param elements the items, nested sections and blocks below the heading, in order
   */
  public Section {
    Objects.requireNonNull(heading, "heading");
    Objects.requireNonNull(role, "role");
    elements = List.copyOf(elements);
  }

  /** {@return the section title as a reader sees it (numbering excluded)} */
  public String title() {
    return heading.title();
  }

  /** {@return the section numbering, or {@link Numbering#NONE}} */
  public Numbering numbering() {
    return heading.numbering();
  }

  /**
   * {@return the news items of this section and of its nested sections, in order: nested story sections read as
   * items, nested "more" sections left out (their headings are not news items, as at the top level of
   * {@link org.digestkit.core.Digest#items()})}
   */
  public List<Item> items() {
    List<Item> out = new ArrayList<>();
    collectItems(this, out);
    return Collections.unmodifiableList(out);
  }

  /** {@return the one-line entries of this section and its nested sections, in order} */
  public List<MoreEntry> moreEntries() {
    List<MoreEntry> out = new ArrayList<>();
    collectEntries(elements, out);
    return Collections.unmodifiableList(out);
  }

  /** {@return the blocks directly in this section (not inside items or nested sections)} */
  public List<Block> blocks() {
    List<Block> out = new ArrayList<>();
    for (SectionElement e : elements) {
      if (e instanceof Block b) {
        out.add(b);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** {@return the sections nested directly in this one} */
  public List<Section> subsections() {
    List<Section> out = new ArrayList<>();
    for (SectionElement e : elements) {
      if (e instanceof Section s) {
        out.add(s);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** {@return a {@link SectionRole#STORY} section read as one item: its heading and its blocks} */
  public Item asItem() {
    return new Item(heading, blocks());
  }

  /**
   * {@return a copy with another heading}
   *
   * @param newHeading the heading of the copy
   */
  public Section withHeading(Heading newHeading) {
    return new Section(newHeading, role, elements);
  }

  /**
   * {@return a copy with other elements}
   *
   * @param newElements the elements of the copy
   */
  public Section withElements(List<SectionElement> newElements) {
    return new Section(heading, role, newElements);
  }

  private static void collectItems(Section section, List<Item> out) {
    for (SectionElement e : section.elements) {
      if (e instanceof Item item) {
        out.add(item);
      } else if (e instanceof Section nested) {
        if (nested.role == SectionRole.STORY) {
          out.add(nested.asItem());
        } else if (nested.role != SectionRole.MORE) {
          collectItems(nested, out);
        }
      }
    }
  }

  private static void collectEntries(List<? extends SectionElement> elements, List<MoreEntry> out) {
    for (SectionElement e : elements) {
      if (e instanceof MoreList list) {
        out.addAll(list.entries());
      } else if (e instanceof LabelledBlock lb) {
        collectEntries(lb.content(), out);
      } else if (e instanceof Section nested) {
        collectEntries(nested.elements, out);
      } else if (e instanceof Item item) {
        collectEntries(item.body(), out);
      }
    }
  }
}
