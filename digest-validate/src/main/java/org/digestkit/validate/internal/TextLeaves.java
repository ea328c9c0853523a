package org.digestkit.validate.internal;

import java.util.ArrayList;
import java.util.List;
import org.digestkit.core.Digest;
import org.digestkit.core.model.Block;
import org.digestkit.core.model.Bullet;
import org.digestkit.core.model.BulletList;
import org.digestkit.core.model.Heading;
import org.digestkit.core.model.Item;
import org.digestkit.core.model.LabelledBlock;
import org.digestkit.core.model.MoreEntry;
import org.digestkit.core.model.MoreList;
import org.digestkit.core.model.Paragraph;
import org.digestkit.core.model.Section;
import org.digestkit.core.model.SectionElement;
import org.digestkit.core.model.SourceInfo;
import org.digestkit.core.model.Table;

/**
 * The leaves of a post that hold inline Markdown — headings, paragraphs, bullets, labels, tables and one-line
 * entries — in document order, its labelled blocks and its "more" entries, found in one walk of the model and shared by the rules
 * that read inline text.
 */
public final class TextLeaves {

  /** What kind of element a leaf is. */
  public enum Kind {
    /** The title, a section or an item heading. */
    HEADING,
    /** Body text: a paragraph, a bullet, a label or a table. */
    BODY,
    /** A one-line entry of a "more" list. */
    ENTRY
  }

  private static final Kind[] KINDS = Kind.values();

  private SourceInfo[] sources = new SourceInfo[128];
  private byte[] kinds = new byte[128];
  private int size;
  private final List<LabelledBlock> labelledBlocks = new ArrayList<>();
  private final List<MoreEntry> moreEntries = new ArrayList<>();
  private boolean inSections;

  private TextLeaves() {}

  /** The leaves of {@code digest} that were parsed (built or edited elements have no source to point at). */
  public static TextLeaves of(Digest digest) {
    TextLeaves leaves = new TextLeaves();
    if (digest.title() != null) {
      leaves.heading(digest.title());
    }
    leaves.blocks(digest.intro());
    leaves.inSections = true;
    for (Section s : digest.sections()) {
      leaves.section(s);
    }
    return leaves;
  }

  /** The number of leaves. */
  public int size() {
    return size;
  }

  /** The source of leaf {@code i}. */
  public SourceInfo source(int i) {
    java.util.Objects.checkIndex(i, size);
    return sources[i];
  }

  /** The kind of leaf {@code i}. */
  public Kind kind(int i) {
    java.util.Objects.checkIndex(i, size);
    return KINDS[kinds[i]];
  }

  /** Every labelled block, wherever it is, in document order (built ones included). */
  public List<LabelledBlock> labelledBlocks() {
    return java.util.Collections.unmodifiableList(labelledBlocks);
  }

  /** The one-line entries of the sections' "more" lists, in document order: {@link Digest#moreEntries()}. */
  public List<MoreEntry> moreEntries() {
    return java.util.Collections.unmodifiableList(moreEntries);
  }

  private void add(SourceInfo source, Kind kind) {
    if (source.isParsed()) {
      if (size == sources.length) {
        sources = java.util.Arrays.copyOf(sources, size * 2);
        kinds = java.util.Arrays.copyOf(kinds, size * 2);
      }
      sources[size] = source;
      kinds[size++] = (byte) kind.ordinal();
    }
  }

  private void section(Section s) {
    heading(s.heading());
    List<SectionElement> elements = s.elements();
    for (int i = 0; i < elements.size(); i++) {
      SectionElement e = elements.get(i);
      if (e instanceof Section nested) {
        section(nested);
      } else if (e instanceof Item item) {
        heading(item.heading());
        blocks(item.body());
      } else {
        block((Block) e);
      }
    }
  }

  private void heading(Heading h) {
    add(h.source(), Kind.HEADING);
  }

  private void blocks(List<Block> blocks) {
    for (int i = 0; i < blocks.size(); i++) {
      block(blocks.get(i));
    }
  }

  private void block(Block b) {
    if (b instanceof Paragraph p) {
      add(p.source(), Kind.BODY);
    } else if (b instanceof BulletList list) {
      bullets(list.bullets());
    } else if (b instanceof LabelledBlock lb) {
      labelledBlocks.add(lb);
      add(lb.label().source(), Kind.BODY);
      blocks(lb.content());
    } else if (b instanceof MoreList list) {
      if (inSections) {
        moreEntries.addAll(list.entries());
      }
      for (MoreEntry e : list.entries()) {
        add(e.source(), Kind.ENTRY);
      }
    } else if (b instanceof Table t) {
      add(t.source(), Kind.BODY);
    }
  }

  private void bullets(List<Bullet> bullets) {
    for (int i = 0; i < bullets.size(); i++) {
      Bullet b = bullets.get(i);
      add(b.source(), Kind.BODY);
      if (!b.children().isEmpty()) {
        bullets(b.children());
      }
    }
  }
}
