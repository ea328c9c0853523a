package org.digestkit.core;

import java.util.ArrayList;
import java.util.List;
import org.digestkit.core.model.Block;
import org.digestkit.core.model.Item;
import org.digestkit.core.model.LabelledBlock;
import org.digestkit.core.model.MoreEntry;
import org.digestkit.core.model.MoreList;
import org.digestkit.core.model.Section;
import org.digestkit.core.model.SectionElement;
import org.digestkit.core.model.SectionRole;

/**
 * Replaces or removes one item or one entry of a post, found by identity wherever it is nested, and rebuilds
 * the path to it. Everything else keeps its identity, so the writer keeps its source text.
 */
final class Edits {
  private final Object target;
  private final Object replacement;
  private boolean found;

  /** Replaces {@code target} (an {@link Item} or a {@link MoreEntry}) by {@code replacement}, or removes it. */
  Edits(Object target, Object replacement) {
    this.target = target;
    this.replacement = replacement;
  }

  Digest apply(Digest digest) {
    List<Section> sections = new ArrayList<>(digest.sections().size());
    for (Section s : digest.sections()) {
      SectionElement e = section(s);
      if (e != null) {
        sections.add((Section) e);
      }
    }
    List<Block> intro = blocks(digest.intro());
    if (!found) {
      throw new IllegalArgumentException("not part of this post: " + target);
    }
    return new Digest(digest.frontMatter(), digest.title(), intro, sections, digest.footer(), digest.layout());
  }

  /** The rewritten section; null when it is a story section being removed. */
  private SectionElement section(Section s) {
    if (s.role() == SectionRole.STORY && target instanceof Item item && item.heading() == s.heading()) {
      found = true;
      if (replacement == null) {
        return null;
      }
      Item r = (Item) replacement;
      return new Section(r.heading(), s.role(), new ArrayList<SectionElement>(r.body()));
    }
    List<SectionElement> out = new ArrayList<>(s.elements().size());
    boolean changed = false;
    for (SectionElement e : s.elements()) {
      SectionElement n;
      if (e instanceof Item item) {
        if (item == target || target instanceof Item t && t.heading() == item.heading()) {
          found = true;
          n = (SectionElement) replacement;
        } else {
          List<Block> body = blocks(item.body());
          n = body == item.body() ? item : item.withBody(body);
        }
      } else if (e instanceof Section nested) {
        n = section(nested);
      } else {
        n = block((Block) e);
      }
      if (n != e) {
        changed = true;
      }
      if (n != null) {
        out.add(n);
      }
    }
    return changed ? s.withElements(out) : s;
  }

  private List<Block> blocks(List<Block> blocks) {
    List<Block> out = null;
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      Block n = block(b);
      if (n != b && out == null) {
        out = new ArrayList<>(blocks.subList(0, i));
      }
      if (out != null && n != null) {
        out.add(n);
      }
    }
    return out == null ? blocks : out;
  }

  private Block block(Block b) {
    if (b instanceof MoreList list && target instanceof MoreEntry) {
      List<MoreEntry> entries = new ArrayList<>(list.entries().size());
      boolean changed = false;
      for (MoreEntry e : list.entries()) {
        if (e == target) {
          found = true;
          changed = true;
          if (replacement != null) {
            entries.add((MoreEntry) replacement);
          }
        } else {
          entries.add(e);
        }
      }
      return changed ? list.withEntries(entries) : list;
    }
    if (b instanceof LabelledBlock lb) {
      List<Block> content = blocks(lb.content());
      return content == lb.content() ? lb : lb.withContent(content);
    }
    return b;
  }
}
