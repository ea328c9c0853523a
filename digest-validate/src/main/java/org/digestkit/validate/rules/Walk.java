package org.digestkit.validate.rules;

import java.util.ArrayList;
import java.util.List;
import org.digestkit.core.Digest;
import org.digestkit.core.model.Item;
import org.digestkit.core.model.Section;
import org.digestkit.core.model.SectionElement;
import org.digestkit.core.model.SectionRole;

/** The news items of a post, for the rules that count or match them. */
final class Walk {
  private Walk() {}

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
