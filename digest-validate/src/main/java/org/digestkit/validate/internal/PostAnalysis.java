package org.digestkit.validate.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.digestkit.core.Digest;
import org.digestkit.core.model.Block;
import org.digestkit.core.model.Bullet;
import org.digestkit.core.model.BulletList;
import org.digestkit.core.model.Heading;
import org.digestkit.core.model.Item;
import org.digestkit.core.model.LabelledBlock;
import org.digestkit.core.model.Link;
import org.digestkit.core.model.MarkdownInline;
import org.digestkit.core.model.MoreEntry;
import org.digestkit.core.model.MoreList;
import org.digestkit.core.model.Paragraph;
import org.digestkit.core.model.Section;
import org.digestkit.core.model.SectionElement;
import org.digestkit.core.model.SourceInfo;
import org.digestkit.core.model.Table;
import org.digestkit.validate.spi.LinkOccurrence;

/** What every rule may need about one post, computed at most once: its text, line starts and links. */
public final class PostAnalysis {
  private static final Pattern BARE_URL = Pattern.compile("https?://[^\\s<>()\\[\\]]+");

  private final Digest digest;
  private final String text;
  private final int[] lineStarts;
  private List<LinkOccurrence> links;
  private int[] unusual;

  /** The analysis of a post parsed from {@code source} (its text, BOM included or not). */
  public PostAnalysis(Digest digest, String source) {
    this.digest = digest;
    this.text = source.startsWith("\uFEFF") ? source.substring(1) : source;
    int[] starts = new int[Math.max(16, text.length() / 30)];
    int n = 0;
    starts[n++] = 0;
    boolean crs = text.indexOf('\r') >= 0;
    int i = crs ? 0 : text.indexOf('\n');
    while (i >= 0 && i < text.length()) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
      i = crs ? i + 1 : text.indexOf('\n', i + 1);
    }
    this.lineStarts = Arrays.copyOf(starts, n);
  }

  public Digest digest() {
    return digest;
  }

  public String text() {
    return text;
  }

  /**
   * The offsets of characters the character rules look at (C0 and C1 controls other than tab and line breaks,
   * U+200B–U+206F, U+FEFF, U+FFFD–U+FFFF), found in one pass shared by those rules.
   */
  public synchronized int[] unusualCharacters() {
    if (unusual == null) {
      int[] out = new int[8];
      int k = 0;
      for (int j = 0; j < text.length(); j++) {
        char c = text.charAt(j);
        if (c >= 0x20 && c < 0x7F || c >= 0x2070 && c < 0xFEFF) {
          continue; // printable ASCII and the CJK ranges: almost every character
        }
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && (c <= 0x9F || c >= 0x200B && c <= 0x206F
            || c == 0xFEFF || c >= 0xFFFD)) {
          if (k == out.length) {
            out = Arrays.copyOf(out, k * 2);
          }
          out[k++] = j;
        }
      }
      unusual = Arrays.copyOf(out, k);
    }
    return unusual;
  }

  /** The 1-based line and column of an offset. */
  public int[] position(int offset) {
    int idx = Arrays.binarySearch(lineStarts, offset);
    int line = idx >= 0 ? idx : -idx - 2;
    return new int[] {line + 1, offset - lineStarts[line] + 1};
  }

  /** The text of a 1-based line, without its line break (empty past the end). */
  public String line(int line) {
    if (line < 1 || line > lineStarts.length) {
      return "";
    }
    int start = lineStarts[line - 1];
    int end = line < lineStarts.length ? lineStarts[line] : text.length();
    while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return text.substring(start, end);
  }

  /** The offset of a 1-based line and column. */
  public int offset(int line, int column) {
    if (line < 1 || line > lineStarts.length) {
      return 0;
    }
    return lineStarts[line - 1] + column - 1;
  }

  /** Every link, in document order. */
  public synchronized List<LinkOccurrence> links() {
    if (links == null) {
      List<LinkOccurrence> out = new ArrayList<>();
      if (digest.title() != null) {
        heading(digest.title(), out);
      }
      blocks(digest.intro(), out);
      for (Section s : digest.sections()) {
        section(s, out);
      }
      if (digest.footer() != null) {
        SourceInfo src = digest.footer().source();
        Matcher m = BARE_URL.matcher(src.raw());
        while (m.find()) {
          add(src, m.start(), m.group(), "", LinkOccurrence.Place.FOOTER, out);
        }
      }
      out.sort(java.util.Comparator.comparingInt(LinkOccurrence::line).thenComparingInt(LinkOccurrence::column));
      links = List.copyOf(out);
    }
    return links;
  }

  private void section(Section s, List<LinkOccurrence> out) {
    heading(s.heading(), out);
    for (SectionElement e : s.elements()) {
      if (e instanceof Section nested) {
        section(nested, out);
      } else if (e instanceof Item item) {
        heading(item.heading(), out);
        blocks(item.body(), out);
      } else {
        block((Block) e, out);
      }
    }
  }

  private void heading(Heading h, List<LinkOccurrence> out) {
    inline(h.source(), LinkOccurrence.Place.HEADING, out);
  }

  private void blocks(List<Block> blocks, List<LinkOccurrence> out) {
    for (Block b : blocks) {
      block(b, out);
    }
  }

  private void block(Block b, List<LinkOccurrence> out) {
    if (b instanceof Paragraph p) {
      inline(p.source(), LinkOccurrence.Place.BODY, out);
    } else if (b instanceof BulletList list) {
      bullets(list.bullets(), out);
    } else if (b instanceof LabelledBlock lb) {
      inline(lb.label().source(), LinkOccurrence.Place.BODY, out);
      blocks(lb.content(), out);
    } else if (b instanceof MoreList list) {
      for (MoreEntry e : list.entries()) {
        inline(e.source(), LinkOccurrence.Place.ENTRY, out);
      }
    } else if (b instanceof Table t) {
      inline(t.source(), LinkOccurrence.Place.BODY, out);
    }
  }

  private void bullets(List<Bullet> bullets, List<LinkOccurrence> out) {
    for (Bullet b : bullets) {
      inline(b.source(), LinkOccurrence.Place.BODY, out);
      bullets(b.children(), out);
    }
  }

  /** Links in a leaf's raw text, and bare URLs outside them. */
  private void inline(SourceInfo src, LinkOccurrence.Place place, List<LinkOccurrence> out) {
    String raw = src.raw();
    if (!src.isParsed() || raw.indexOf("://") < 0 && raw.indexOf("](") < 0) {
      return;
    }
    List<Link> links = MarkdownInline.links(raw);
    for (Link l : links) {
      add(src, l.urlStart(), l.url(), l.text(), place, out);
    }
    if (raw.indexOf("http", 0) < 0) {
      return;
    }
    Matcher bare = BARE_URL.matcher(raw);
    while (bare.find()) {
      int at = bare.start();
      boolean inLink = false;
      for (Link l : links) {
        if (at >= l.start() && at < l.end()) {
          inLink = true;
          break;
        }
      }
      if (!inLink && !insideAngle(raw, at)) {
        add(src, at, bare.group(), "", LinkOccurrence.Place.BARE, out);
      }
    }
  }

  private static boolean insideAngle(String raw, int at) {
    return at > 0 && raw.charAt(at - 1) == '<';
  }

  private void add(SourceInfo src, int indexInRaw, String url, String text, LinkOccurrence.Place place,
      List<LinkOccurrence> out) {
    int[] pos = position(offset(src.line(), src.column()) + indexInRaw);
    out.add(new LinkOccurrence(url, text, pos[0], pos[1], place));
  }
}
