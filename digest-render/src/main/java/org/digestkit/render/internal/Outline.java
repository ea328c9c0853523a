package org.digestkit.render.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.digestkit.core.Digest;
import org.digestkit.core.model.Block;
import org.digestkit.core.model.Bullet;
import org.digestkit.core.model.BulletList;
import org.digestkit.core.model.Item;
import org.digestkit.core.model.LabelForm;
import org.digestkit.core.model.LabelledBlock;
import org.digestkit.core.model.MoreEntry;
import org.digestkit.core.model.MoreList;
import org.digestkit.core.model.Paragraph;
import org.digestkit.core.model.RawBlock;
import org.digestkit.core.model.Section;
import org.digestkit.core.model.SectionElement;
import org.digestkit.core.model.Table;

/**
 * A post as units of lines — the title, then one unit per item or entry list, with the section title in front
 * of a section's first unit — in a small markup chosen by the caller (Telegram HTML or plain text). Renderers
 * that must split output split between units.
 */
public final class Outline {
  /** How inline Markdown, and bold headings, are written in the target markup. */
  public interface Markup {
    String inline(String markdown);

    String bold(String plainText);

    /** Bold around text that is already in this markup (a link). */
    String boldMarkup(String markup);

    String link(String plainText, String url);

    String escape(String plainText);

    /** A whole Markdown block (quote, image, list, code) in this markup. */
    String block(String markdown);
  }

  private Outline() {}

  /** The units of a post. */
  public static List<String> units(Digest d, Markup m) {
    List<String> units = new ArrayList<>();
    units.add(m.bold(d.titleText()));
    for (Block b : d.intro()) {
      units.add(String.join("\n", block(b, m, "")));
    }
    for (Section s : d.sections()) {
      section(s, m, units, m.bold(s.numbering().text() + s.title()));
    }
    return units;
  }

  private static void section(Section s, Markup m, List<String> units, String header) {
    String pending = header;
    List<String> loose = new ArrayList<>();
    if (s.role() == org.digestkit.core.model.SectionRole.STORY) {
      units.add(pending + "\n\n" + item(s.asItem(), m));
      return;
    }
    for (SectionElement e : s.elements()) {
      String unit;
      if (e instanceof Item item) {
        unit = item(item, m);
      } else if (e instanceof Section nested) {
        List<String> sub = new ArrayList<>();
        section(nested, m, sub, m.bold(nested.title()));
        unit = String.join("\n\n", sub);
      } else if (e instanceof org.digestkit.core.model.ThematicBreak) {
        continue;
      } else {
        loose.addAll(block((Block) e, m, ""));
        continue;
      }
      if (!loose.isEmpty()) {
        unit = String.join("\n", loose) + "\n\n" + unit;
        loose.clear();
      }
      units.add(pending == null ? unit : pending + "\n\n" + unit);
      pending = null;
    }
    if (!loose.isEmpty()) {
      String unit = String.join("\n", loose);
      units.add(pending == null ? unit : pending + "\n\n" + unit);
    } else if (pending != null) {
      units.add(pending);
    }
  }

  private static String item(Item item, Markup m) {
    List<String> lines = new ArrayList<>();
    String headline = item.headline();
    lines.add(item.url().filter(InlineMarkup::safe).map(u -> m.boldMarkup(m.link(headline, u)))
        .orElse(m.bold(headline)));
    for (Block b : item.body()) {
      if (b instanceof Paragraph p && p.isLinkOnly() && item.heading().url().isEmpty()) {
        continue; // the link line became the headline's link
      }
      lines.addAll(block(b, m, ""));
    }
    return String.join("\n", lines);
  }

  private static List<String> block(Block b, Markup m, String indent) {
    List<String> out = new ArrayList<>();
    if (b instanceof Paragraph p) {
      out.add(m.inline(p.text()));
    } else if (b instanceof BulletList list) {
      bullets(list.bullets(), m, indent, out);
    } else if (b instanceof LabelledBlock lb) {
      String label = m.bold(lb.label().text() + "：");
      List<String> content = new ArrayList<>();
      for (Block c : lb.content()) {
        content.addAll(block(c, m, indent));
      }
      boolean inline = lb.label().form() == LabelForm.INLINE || lb.label().form() == LabelForm.COLON_OUTSIDE;
      if (inline && !content.isEmpty()) {
        content.set(0, label + " " + content.get(0));
        out.addAll(content);
      } else {
        out.add(label);
        out.addAll(content);
      }
    } else if (b instanceof MoreList list) {
      for (MoreEntry e : list.entries()) {
        String title = e.plainTitle();
        String head = e.url() != null && InlineMarkup.safe(e.url()) ? m.link(title, e.url()) : m.inline(dedent(e.title()));
        if (e.form() == org.digestkit.core.model.MoreEntryForm.BOLD) {
          head = m.boldMarkup(head);
        }
        String desc = e.description().isEmpty() ? "" : m.escape(e.separator()) + m.inline(dedent(e.description()));
        out.add("• " + head + desc);
      }
    } else if (b instanceof Table t) {
      out.add(m.inline(String.join(" | ", t.header())));
      for (List<String> row : t.rows()) {
        out.add(m.inline(String.join(" | ", row)));
      }
    } else if (b instanceof RawBlock r) {
      out.add(m.block(r.text()));
    }
    return out;
  }

  private static void bullets(List<Bullet> bullets, Markup m, String indent, List<String> out) {
    for (Bullet b : bullets) {
      String marker = b.isOrdered() ? b.marker() : indent.isEmpty() ? "•" : "◦";
      out.add(indent + marker + " " + m.inline(dedent(b.text())));
      bullets(b.children(), m, indent + "  ", out);
    }
  }

  /**
   * Item text as a standalone paragraph: continuation lines keep their indentation past the item's content
   * column in the model (it decides what they are inside the list), but rendered on their own they would read as
   * code, so it goes.
   */
  static String dedent(String text) {
    if (text.indexOf('\n') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (String line : text.split("\n", -1)) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(line.stripLeading());
    }
    return out.toString();
  }

  /**
   * A markup from functions: inline Markdown, bold around markup, a link, escaping of plain text, and a whole
   * Markdown block.
   */
  public static Markup markup(Function<String, String> inline, Function<String, String> boldMarkup,
      java.util.function.BiFunction<String, String, String> link, Function<String, String> escape,
      Function<String, String> block) {
    return new Markup() {
      @Override
      public String block(String markdown) {
        return block.apply(markdown);
      }

      @Override
      public String boldMarkup(String markup) {
        return boldMarkup.apply(markup);
      }

      @Override
      public String inline(String markdown) {
        return inline.apply(markdown);
      }

      @Override
      public String bold(String plainText) {
        return boldMarkup.apply(escape.apply(plainText));
      }

      @Override
      public String link(String plainText, String url) {
        return link.apply(plainText, url);
      }

      @Override
      public String escape(String plainText) {
        return escape.apply(plainText);
      }
    };
  }
}
