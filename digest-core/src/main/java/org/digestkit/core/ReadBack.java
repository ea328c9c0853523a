package org.digestkit.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.digestkit.core.internal.Rendering;
import org.digestkit.core.model.Block;
import org.digestkit.core.model.Bullet;
import org.digestkit.core.model.BulletList;
import org.digestkit.core.model.Item;
import org.digestkit.core.model.LabelledBlock;
import org.digestkit.core.model.MoreEntry;
import org.digestkit.core.model.MoreList;
import org.digestkit.core.model.Paragraph;
import org.digestkit.core.model.RawBlock;
import org.digestkit.core.model.Section;
import org.digestkit.core.model.SectionElement;
import org.digestkit.core.model.SourceInfo;
import org.digestkit.core.model.Table;
import org.digestkit.core.model.ThematicBreak;

/**
 * The read-back check behind {@link Digest#readBackDifference()}: a post must read back as its model, and every
 * spelling digestkit writes for it — {@link Digest#toMarkdown()} and the canonical form — must render to the same
 * HTML by plain commonmark-java with GFM tables ({@link Rendering}). Differences are named by line and column.
 */
final class ReadBack {
  private ReadBack() {}

  static Optional<String> difference(Digest digest) {
    String markdown = digest.toMarkdown();
    Digest back;
    try {
      back = Digest.parse(markdown);
    } catch (DigestParseException e) {
      return Optional.of("line " + e.line() + ", column " + e.column() + " of the Markdown: " + e.problem());
    }
    if (!back.equals(digest)) {
      return Optional.of(modelDifference(digest, back, "the Markdown"));
    }
    String canonical = back.toCanonicalMarkdown();
    if (canonical.equals(markdown)) {
      return Optional.empty();
    }
    Digest canonicalBack;
    try {
      canonicalBack = Digest.parse(canonical);
    } catch (DigestParseException e) {
      return Optional.of("the canonical form does not parse (line " + e.line() + ", column " + e.column() + ": "
          + e.problem() + ")");
    }
    if (!canonicalBack.equals(back)) {
      return Optional.of(modelDifference(back, canonicalBack, "the canonical form"));
    }
    return Rendering.difference(markdown, bodyStart(markdown, back), bodyLine(back),
        canonical, bodyStart(canonical, canonicalBack), bodyLine(canonicalBack));
  }

  /** The 1-based line where the body of a parsed post starts. */
  private static int bodyLine(Digest parsed) {
    return parsed.frontMatter().present() ? parsed.frontMatter().closeFence().line() + 1 : 1;
  }

  /** The offset where the body of a parsed post's text starts (after the front matter, or after a BOM). */
  private static int bodyStart(String text, Digest parsed) {
    if (!parsed.frontMatter().present()) {
      return text.startsWith("\uFEFF") ? 1 : 0;
    }
    LineIndex lines = LineIndex.of(text);
    int close = parsed.frontMatter().closeFence().line(); // 1-based: the body starts at the next line's start
    return close < lines.count() ? lines.start(close) : text.length();
  }

  /**
   * {@code line L, column C of TEXT (its line) reads back as another element}: the first element of {@code back},
   * read from {@code text}, that differs from {@code expected}.
   */
  private static String modelDifference(Digest expected, Digest back, String text) {
    if (!back.frontMatter().equals(expected.frontMatter())) {
      return "the front matter of " + text + " reads back as another one";
    }
    List<Object[]> want = walk(expected);
    List<Object[]> got = walk(back);
    for (int i = 0; i < Math.max(want.size(), got.size()); i++) {
      if (i >= got.size()) {
        return "the end of " + text + " reads back without the last elements";
      }
      if (i >= want.size() || !want.get(i)[0].equals(got.get(i)[0])) {
        SourceInfo where = (SourceInfo) got.get(i)[1];
        String raw = where.raw().strip();
        int nl = raw.indexOf('\n');
        String line = nl < 0 ? raw : raw.substring(0, nl);
        return "line " + where.line() + ", column " + where.column() + " of " + text + " ("
            + (line.length() <= 40 ? line : line.substring(0, 40) + "…") + ") reads back as another element";
      }
    }
    return text + " reads back as another post";
  }

  /**
   * The model as (value, position) pairs in document order: each leaf, and for composites what they hold besides
   * their leaves (a list's looseness, a section's role), placed at their first leaf.
   */
  private static List<Object[]> walk(Digest d) {
    List<Object[]> out = new ArrayList<>();
    if (d.title() != null) {
      out.add(new Object[] {d.title(), d.title().source()});
    }
    blocks(d.intro(), out);
    for (Section s : d.sections()) {
      section(s, out);
    }
    if (d.footer() != null) {
      out.add(new Object[] {d.footer(), d.footer().source()});
    }
    return out;
  }

  private static void section(Section s, List<Object[]> out) {
    out.add(new Object[] {List.of(s.heading(), s.role()), s.heading().source()});
    for (SectionElement e : s.elements()) {
      if (e instanceof Section nested) {
        section(nested, out);
      } else if (e instanceof Item item) {
        out.add(new Object[] {item.heading(), item.heading().source()});
        blocks(item.body(), out);
      } else {
        blocks(List.of((Block) e), out);
      }
    }
  }

  private static void blocks(List<Block> blocks, List<Object[]> out) {
    for (Block b : blocks) {
      if (b instanceof BulletList list) {
        SourceInfo at = list.bullets().isEmpty() ? SourceInfo.NONE : list.bullets().get(0).source();
        out.add(new Object[] {List.of("bullets", list.loose(), list.bullets().size()), at});
        bullets(list.bullets(), out);
      } else if (b instanceof MoreList list) {
        SourceInfo at = list.entries().isEmpty() ? SourceInfo.NONE : list.entries().get(0).source();
        out.add(new Object[] {List.of("entries", list.loose(), list.entries().size()), at});
        for (MoreEntry e : list.entries()) {
          out.add(new Object[] {e, e.source()});
        }
      } else if (b instanceof LabelledBlock lb) {
        out.add(new Object[] {lb.label(), lb.label().source()});
        blocks(lb.content(), out);
      } else {
        out.add(new Object[] {b, source(b)});
      }
    }
  }

  private static void bullets(List<Bullet> bullets, List<Object[]> out) {
    for (Bullet b : bullets) {
      out.add(new Object[] {List.of(b.marker(), b.text(), b.childrenLoose(), b.children().size()), b.source()});
      bullets(b.children(), out);
    }
  }

  private static SourceInfo source(Block b) {
    if (b instanceof Paragraph p) {
      return p.source();
    }
    if (b instanceof Table t) {
      return t.source();
    }
    if (b instanceof ThematicBreak hr) {
      return hr.source();
    }
    return b instanceof RawBlock raw ? raw.source() : SourceInfo.NONE;
  }
}
