package org.digestkit.validate.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.digestkit.core.Digest;
import org.digestkit.core.DigestParser;
import org.digestkit.core.LineIndex;
import org.digestkit.core.model.Link;
import org.digestkit.core.markdown.MarkdownInline;
import org.digestkit.core.model.SourceInfo;
import org.digestkit.validate.spi.LinkOccurrence;
import org.digestkit.validate.spi.Position;
import org.jspecify.annotations.Nullable;

/** What every rule may need about one post, computed at most once: its text, line starts and links. */
public final class PostAnalysis {
  private final Digest digest;
  private final String text;
  private final TextLandmarks landmarks;
  private final int[] lineStarts;
  private final Map<Class<?>, Object> shared = new HashMap<>(4);
  private List<LinkOccurrence> links;
  private Suppressions suppressions;
  private int schemeAt; // a hint for bareUrl(): the index of the "://" landmark its last search started from

  /** The analysis of a post parsed from {@code source} (its text, BOM included or not). */
  public PostAnalysis(Digest digest, String source) {
    this(digest, source, null);
  }

  /**
   * The analysis of a post parsed from {@code source}, with the index of its lines the parser made (see {@link
   * DigestParser#parseIndexed}), or null to index them here.
   */
  public PostAnalysis(Digest digest, String source, @Nullable LineIndex lines) {
    this.digest = digest;
    this.text = source.startsWith("\uFEFF") ? source.substring(1) : source;
    this.landmarks = TextLandmarks.of(text, (lines != null ? lines : LineIndex.of(text)).toArray());
    this.lineStarts = landmarks.lineStarts();
    shared.put(TextLandmarks.class, landmarks);
  }

  public Digest digest() {
    return digest;
  }

  public String text() {
    return text;
  }

  /**
   * The offsets of characters the character rules look at (see {@link TextLandmarks#unusualCharacters}).
   */
  public List<Integer> unusualCharacters() {
    return landmarks.unusualCharacters();
  }

  /** The offset where the body starts: after the front matter's closing fence line, if there is one. */
  private int bodyStart() {
    int closeLine = digest.frontMatter().present() ? digest.frontMatter().closeFence().line() : 0;
    return closeLine <= 0 ? 0 : closeLine < lineStarts.length ? lineStarts[closeLine] : text.length();
  }

  /** The post's suppression comments, read when a rule first reports a finding (most posts have few). */
  public synchronized Suppressions suppressions() {
    if (suppressions == null) {
      suppressions = Suppressions.of(text, landmarks, bodyStart());
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
  public Position position(int offset) {
    int i = Arrays.binarySearch(lineStarts, offset);
    int line = i >= 0 ? i : -i - 2;
    return new Position(line + 1, offset - lineStarts[line] + 1);
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
      // a leaf can hold a link only where the text has "](" or "://": the landmarks list both, so that the many
      // leaves without either are passed over without reading their text (leaves come in document order; one out
      // of order looks its landmarks up again)
      int[] destinations = landmarks.linkDestinations();
      int[] schemes = landmarks.schemes();
      int d = 0;
      int s = 0;
      int from = 0;
      for (int i = 0; i < leaves.size(); i++) {
        SourceInfo src = leaves.source(i);
        int start = offset(src.line(), src.column());
        int end = start + src.rawLength();
        if (start < from) {
          d = TextLandmarks.firstAtOrAfter(destinations, start);
          s = TextLandmarks.firstAtOrAfter(schemes, start);
        }
        from = start;
        while (d < destinations.length && destinations[d] < start) {
          d++;
        }
        while (s < schemes.length && schemes[s] < start) {
          s++;
        }
        if (d < destinations.length && destinations[d] <= end - 2 || s < schemes.length && schemes[s] <= end - 3) {
          schemeAt = s;
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

  /**
   * {@link #bareUrl(String, int)} in the region {@code [from, to)} of the text, from the "://" landmarks: a bare
   * URL's "http" or "https" stands right before one.
   */
  private int bareUrl(int from, int to) {
    int[] schemes = landmarks.schemes();
    int i = schemeAt; // where the last search started: the searches of a leaf go forward
    if (i > schemes.length || i > 0 && schemes[i - 1] >= from + 4) {
      i = TextLandmarks.firstAtOrAfter(schemes, from + 4);
    }
    while (i < schemes.length && schemes[i] < from + 4) {
      i++;
    }
    schemeAt = i;
    for (; i < schemes.length && schemes[i] + 3 < to; i++) {
      int p = schemes[i];
      int at = p >= 5 && text.startsWith("https", p - 5) ? p - 5 : p - 4;
      if (at >= from && text.startsWith("http", at) && isUrlChar(text.charAt(p + 3))) {
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
    Position pos = position(offset);
    out.add(new LinkOccurrence(url, text, pos.line(), pos.column(), place));
  }
}
