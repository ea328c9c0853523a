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
   * rather than a bit: one load per character, measured a third faster than a bit table on the corpus (and
   * faster than a paged table of a few KiB, even in place after the parser).
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
  private Suppressions suppressions;
  private int lastLine; // a hint for position(): always checked, so a stale value is harmless
  // the last "http" search of the link index: from where, and what it found (no "http" in between)
  private int httpFrom = Integer.MAX_VALUE;
  private int httpAt;

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

  /** The post's suppression comments, read when a rule first reports a finding (most posts have few). */
  public synchronized Suppressions suppressions() {
    if (suppressions == null) {
      suppressions = Suppressions.of(text);
    }
    return suppressions;
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
          inline(start, end, PLACES[leaves.kind(i).ordinal()], out);
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

  /**
   * Links in a leaf, the region {@code [start, end)} of the text, and bare URLs outside them: read in place, as
   * {@link MarkdownInline#links(String, int, int)} reads a region as if it were the whole text.
   */
  private void inline(int start, int end, LinkOccurrence.Place place, List<LinkOccurrence> out) {
    List<Link> links = MarkdownInline.links(text, start, end);
    for (int i = 0; i < links.size(); i++) {
      Link l = links.get(i);
      add(l.urlStart(), l.url(), l.text(), place, out);
    }
    int at = bareUrl(start, end);
    while (at >= 0) {
      Link around = null;
      for (int i = 0; i < links.size(); i++) {
        Link l = links.get(i);
        if (at >= l.start() && at < l.end()) {
          around = l;
          break;
        }
      }
      if (around != null) {
        at = bareUrl(around.end(), end); // a link's own URL (or one in its text or title) is not bare
        continue;
      }
      int urlEnd = bareUrlEnd(text, at, end);
      if (!(at > start && text.charAt(at - 1) == '<')) {
        add(at, text.substring(at, urlEnd), "", LinkOccurrence.Place.BARE, out);
      }
      at = bareUrl(urlEnd, end);
    }
  }

  /**
   * The start of the next bare URL at or after {@code from} in {@code s} ({@code https?://} and at least one
   * character that is not white space, {@code <>()[]}), or -1.
   */
  static int bareUrl(String s, int from) {
    for (int at = s.indexOf("http", from); at >= 0; at = s.indexOf("http", at + 1)) {
      if (isBareUrl(s, at, s.length())) {
        return at;
      }
    }
    return -1;
  }

  /** {@link #bareUrl(String, int)} in the region {@code [from, to)} of the text. */
  private int bareUrl(int from, int to) {
    for (int at = nextHttp(from); at >= 0 && at <= to - 4; at = nextHttp(at + 1)) {
      if (isBareUrl(text, at, to)) {
        return at;
      }
    }
    return -1;
  }

  /** Whether a bare URL starts at {@code at}, where {@code s} holds "http", and ends by {@code to}. */
  private static boolean isBareUrl(String s, int at, int to) {
    int p = at + 4;
    if (p < to && s.charAt(p) == 's') {
      p++;
    }
    return p + 3 < to && s.startsWith("://", p) && isUrlChar(s.charAt(p + 3));
  }

  /**
   * The next "http" in the text at or after {@code from}, or -1: remembered, so that the searches of leaves in
   * document order read the text once (a leaf without one does not search to the end of the text again).
   */
  private int nextHttp(int from) {
    if (from < httpFrom || httpAt >= 0 && httpAt < from) {
      httpAt = text.indexOf("http", from);
      httpFrom = from;
    }
    return httpAt;
  }

  /** The end of the bare URL starting at {@code at}. */
  static int bareUrlEnd(String s, int at) {
    return bareUrlEnd(s, at, s.length());
  }

  /** The end of the bare URL starting at {@code at}, at {@code to} at the latest. */
  private static int bareUrlEnd(String s, int at, int to) {
    int p = s.indexOf("://", at) + 3;
    while (p < to && isUrlChar(s.charAt(p))) {
      p++;
    }
    return p;
  }

  private static boolean isUrlChar(char c) {
    return !(c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == '<' || c == '>'
        || c == '(' || c == ')' || c == '[' || c == ']');
  }

  private void add(int offset, String url, String text, LinkOccurrence.Place place, List<LinkOccurrence> out) {
    int[] pos = position(offset);
    out.add(new LinkOccurrence(url, text, pos[0], pos[1], place));
  }
}
