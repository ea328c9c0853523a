package org.digestkit.validate.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.digestkit.core.Digest;
import org.digestkit.core.model.Link;
import org.digestkit.core.model.MarkdownInline;
import org.digestkit.core.model.SourceInfo;
import org.digestkit.validate.spi.LinkOccurrence;

/** What every rule may need about one post, computed at most once: its text, line starts and links. */
public final class PostAnalysis {
  /**
   * 1 for each UTF-16 unit the pass stops at: line breaks, and what the character rules look at (C0 and C1
   * controls other than tab and line breaks, U+200B–U+206F, U+FEFF, U+FFFD–U+FFFF). A byte per unit (64 KiB)
   * rather than a bit: one load per character, measured a third faster than a bit table on the corpus.
   */
  private static final byte[] NOTABLE = new byte[0x10000];

  static {
    for (int c = 0; c <= 0xFFFF; c++) {
      if (c < 0x20 && c != '\t' || c >= 0x7F && c <= 0x9F || c >= 0x200B && c <= 0x206F || c == 0xFEFF
          || c >= 0xFFFD) {
        NOTABLE[c] = 1;
      }
    }
  }

  private final Digest digest;
  private final String text;
  private final int[] lineStarts;
  private final int[] unusual;
  private final Map<Class<?>, Object> shared = new HashMap<>(4);
  private List<LinkOccurrence> links;
  private int lastLine; // a hint for position(): always checked, so a stale value is harmless

  /** The analysis of a post parsed from {@code source} (its text, BOM included or not). */
  public PostAnalysis(Digest digest, String source) {
    this.digest = digest;
    this.text = source.startsWith("\uFEFF") ? source.substring(1) : source;
    // one pass over the characters finds the line starts and the characters the character rules look at
    int length = text.length();
    int[] starts = new int[Math.max(16, length / 30)];
    int n = 0;
    starts[n++] = 0;
    int[] odd = new int[8];
    int k = 0;
    for (int j = 0; j < length; j++) {
      char c = text.charAt(j);
      if (NOTABLE[c] == 0) {
        continue; // almost every character: one table load, a branch that is nearly always taken
      }
      if (c == '\n' || c == '\r') {
        if (c == '\n' || j + 1 >= length || text.charAt(j + 1) != '\n') {
          if (n == starts.length) {
            starts = Arrays.copyOf(starts, n * 2);
          }
          starts[n++] = j + 1;
        }
      } else {
        if (k == odd.length) {
          odd = Arrays.copyOf(odd, k * 2);
        }
        odd[k++] = j;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, n);
    this.unusual = Arrays.copyOf(odd, k);
  }

  public Digest digest() {
    return digest;
  }

  public String text() {
    return text;
  }

  /**
   * The offsets of characters the character rules look at (C0 and C1 controls other than tab and line breaks,
   * U+200B–U+206F, U+FEFF, U+FFFD–U+FFFF).
   */
  public int[] unusualCharacters() {
    return unusual;
  }

  /** A value computed at most once for this post and shared by every caller that asks with the same key. */
  public synchronized <T> T shared(Class<T> key, Supplier<T> compute) {
    Object value = shared.get(key);
    if (value == null) {
      value = Objects.requireNonNull(compute.get(), "shared value");
      shared.put(key, value);
    }
    return key.cast(value);
  }

  /** The 1-based line and column of an offset. */
  public int[] position(int offset) {
    int line = lastLine; // rules mostly ask in ascending order: try the last answer and the next lines first
    for (int step = 0; step < 4 && line + 1 < lineStarts.length && lineStarts[line + 1] <= offset; step++) {
      line++;
    }
    if (lineStarts[line] > offset || line + 1 < lineStarts.length && lineStarts[line + 1] <= offset) {
      int idx = Arrays.binarySearch(lineStarts, offset);
      line = idx >= 0 ? idx : -idx - 2;
    }
    lastLine = line;
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

  /** The leaves of the post that hold inline Markdown, shared with the rules that read them. */
  public TextLeaves leaves() {
    return shared(TextLeaves.class, () -> TextLeaves.of(digest));
  }

  /** Every link, in document order. */
  public synchronized List<LinkOccurrence> links() {
    if (links == null) {
      List<LinkOccurrence> out = new ArrayList<>();
      TextLeaves leaves = leaves();
      // a leaf can hold a link only where the text has "](" or "://": both are found by a forward search over
      // the whole text, so that the many leaves without either are passed over without copying their text
      // (leaves come in document order; one out of order starts the searches again)
      int from = 0;
      int bracket = -1;
      int scheme = -1;
      for (int i = 0; i < leaves.size(); i++) {
        SourceInfo src = leaves.source(i);
        int start = offset(src.line(), src.column());
        int end = start + src.rawLength();
        if (start < from) {
          bracket = -1;
          scheme = -1;
        }
        from = start;
        if (bracket < start) {
          bracket = indexOrMax(text.indexOf("](", start));
        }
        if (scheme < start) {
          scheme = indexOrMax(text.indexOf("://", start));
        }
        if (bracket <= end - 2 || scheme <= end - 3) {
          inline(src, start, PLACES[leaves.kind(i).ordinal()], out);
        }
      }
      if (digest.footer() != null) {
        SourceInfo src = digest.footer().source();
        String raw = src.raw();
        int start = offset(src.line(), src.column());
        for (int at = bareUrl(raw, 0); at >= 0; ) {
          int end = bareUrlEnd(raw, at);
          add(start + at, raw.substring(at, end), "", LinkOccurrence.Place.FOOTER, out);
          at = bareUrl(raw, end);
        }
      }
      out.sort(LINK_ORDER); // nearly sorted already: the leaves come in order, a leaf's bare URLs after its links
      links = java.util.Collections.unmodifiableList(out);
    }
    return links;
  }

  private static final java.util.Comparator<LinkOccurrence> LINK_ORDER =
      java.util.Comparator.comparingInt(LinkOccurrence::line).thenComparingInt(LinkOccurrence::column);

  private static final LinkOccurrence.Place[] PLACES = {
      LinkOccurrence.Place.HEADING, LinkOccurrence.Place.BODY, LinkOccurrence.Place.ENTRY};

  private static int indexOrMax(int index) {
    return index < 0 ? Integer.MAX_VALUE : index;
  }

  /** Links in a leaf's raw text, and bare URLs outside them; {@code start} is the raw text's offset. */
  private void inline(SourceInfo src, int start, LinkOccurrence.Place place, List<LinkOccurrence> out) {
    String raw = src.raw();
    List<Link> links = MarkdownInline.links(raw);
    for (Link l : links) {
      add(start + l.urlStart(), l.url(), l.text(), place, out);
    }
    if (raw.indexOf("http", 0) < 0) {
      return;
    }
    int at = bareUrl(raw, 0);
    while (at >= 0) {
      Link around = null;
      for (Link l : links) {
        if (at >= l.start() && at < l.end()) {
          around = l;
          break;
        }
      }
      if (around != null) {
        at = bareUrl(raw, around.end()); // a link's own URL (or one in its text or title) is not bare
        continue;
      }
      int end = bareUrlEnd(raw, at);
      if (!insideAngle(raw, at)) {
        add(start + at, raw.substring(at, end), "", LinkOccurrence.Place.BARE, out);
      }
      at = bareUrl(raw, end);
    }
  }

  /**
   * The start of the next bare URL at or after {@code from} ({@code https?://} and at least one character that
   * is not white space, {@code <>()[]}), or -1.
   */
  static int bareUrl(String s, int from) {
    for (int at = s.indexOf("http", from); at >= 0; at = s.indexOf("http", at + 1)) {
      int p = at + 4;
      if (p < s.length() && s.charAt(p) == 's') {
        p++;
      }
      if (s.startsWith("://", p) && p + 3 < s.length() && isUrlChar(s.charAt(p + 3))) {
        return at;
      }
    }
    return -1;
  }

  /** The end of the bare URL starting at {@code at}. */
  static int bareUrlEnd(String s, int at) {
    int p = s.indexOf("://", at) + 3;
    while (p < s.length() && isUrlChar(s.charAt(p))) {
      p++;
    }
    return p;
  }

  private static boolean isUrlChar(char c) {
    return !(c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == '<' || c == '>'
        || c == '(' || c == ')' || c == '[' || c == ']');
  }

  private static boolean insideAngle(String raw, int at) {
    return at > 0 && raw.charAt(at - 1) == '<';
  }

  private void add(int offset, String url, String text, LinkOccurrence.Place place, List<LinkOccurrence> out) {
    int[] pos = position(offset);
    out.add(new LinkOccurrence(url, text, pos[0], pos[1], place));
  }
}
