package org.digestkit.validate.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.digestkit.core.Digest;
import org.digestkit.core.model.Block;
import org.digestkit.core.model.Bullet;
import org.digestkit.core.model.BulletList;
import org.digestkit.core.model.Item;
import org.digestkit.core.model.LabelledBlock;
import org.digestkit.core.model.Paragraph;
import org.digestkit.core.model.Section;
import org.digestkit.core.model.SectionElement;
import org.digestkit.core.model.SectionRole;
import org.digestkit.core.model.SourceInfo;
import org.digestkit.core.model.Table;

/** Walks a post's elements for rules. */
final class Walk {
  private Walk() {}

  /** Every labelled block, wherever it is. */
  static List<LabelledBlock> labels(Digest d) {
    List<LabelledBlock> out = new ArrayList<>();
    blocks(d, b -> {
      if (b instanceof LabelledBlock lb) {
        out.add(lb);
      }
    });
    return out;
  }

  /** Calls {@code visitor} for every block (labelled blocks and then their content), in document order. */
  static void blocks(Digest d, Consumer<Block> visitor) {
    blocks(d.intro(), visitor);
    for (Section s : d.sections()) {
      section(s, visitor);
    }
  }

  private static void section(Section s, Consumer<Block> visitor) {
    for (SectionElement e : s.elements()) {
      if (e instanceof Section nested) {
        section(nested, visitor);
      } else if (e instanceof Item item) {
        blocks(item.body(), visitor);
      } else {
        blocks(List.of((Block) e), visitor);
      }
    }
  }

  private static void blocks(List<Block> blocks, Consumer<Block> visitor) {
    for (Block b : blocks) {
      visitor.accept(b);
      if (b instanceof LabelledBlock lb) {
        blocks(lb.content(), visitor);
      }
    }
  }

  /** Items outside "more" sections, with story sections read as items. */
  static List<Item> newsItems(Digest d) {
    List<Item> out = new ArrayList<>();
    for (Section s : d.sections()) {
      newsItems(s, out);
    }
    return out;
  }

  private static void newsItems(Section s, List<Item> out) {
    if (s.role() == SectionRole.MORE) {
      return;
    }
    if (s.role() == SectionRole.STORY) {
      out.add(s.asItem());
      return;
    }
    for (SectionElement e : s.elements()) {
      if (e instanceof Item item) {
        out.add(item);
      } else if (e instanceof Section nested) {
        newsItems(nested, out);
      }
    }
  }
}
