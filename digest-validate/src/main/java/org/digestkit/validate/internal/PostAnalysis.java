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

  /**
   * The analysis of a post parsed from {@code source} (its text, BOM included or not), with the index of its
   * lines the parser made (see {@link DigestParser#parseIndexed}), or null to index them here.
   */
  public PostAnalysis(Digest digest, String source, @Nullable LineIndex lines) {
    this.digest = digest;
    this.text = source.startsWith("\uFEFF") ? source.substring(1) : source;
    this.landmarks = TextLandmarks.of(text, (lines != null ? lines : LineIndex.of(text)).toArray());
    this.lineStarts = landmarks.lineStarts();
    shared.put(TextLandmarks.class, landmarks);
  }

  /** {@return the post} */
  public Digest digest() {
    return digest;
  }

  /** {@return the post's source text, without a leading BOM} */
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

  /** The number of lines (a text ending in a line break has an empty last line). */
  public int lineCount() {
    return lineStarts.length;
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
      links = findLinks();
    }
    return links;
  }

  /**
   * The links of the leaves, then the URLs in the footer's HTML (each ends at a quote, so an attribute value's
   * closing quote is not part of it). A leaf can hold an inline link only where the text has "](", a
   * bare URL only where it has "://": the landmarks list both, so that the many leaves without either are passed
   * over without reading their text. Leaves come in document order, so the landmarks are read with cursors that
   * only go forward (a leaf out of order looks them up again).
   */
  private List<LinkOccurrence> findLinks() {
    Links out = new Links();
    TextLeaves leaves = leaves();
    int[] destinations = landmarks.linkDestinations();
    int[] schemes = landmarks.schemes();
    int d = 0;
    int s = 0;
    int previousStart = 0;
    for (int i = 0; i < leaves.size(); i++) {
      SourceInfo src = leaves.source(i);
      int start = offset(src.line(), src.column());
      int end = start + src.rawLength();
      if (start < previousStart) {
        d = TextLandmarks.firstAtOrAfter(destinations, start);
        s = TextLandmarks.firstAtOrAfter(schemes, start);
      }
      previousStart = start;
      while (d < destinations.length && destinations[d] < start) {
        d++;
      }
      while (s < schemes.length && schemes[s] < start) {
        s++;
      }
      boolean hasDestination = d < destinations.length && destinations[d] <= end - 2;
      boolean hasScheme = s < schemes.length && schemes[s] <= end - 3;
      if (hasDestination || hasScheme) {
        out.line = src.line() - 1;
        List<Link> inline = hasDestination ? MarkdownInline.links(text, start, end) : List.of();
        leaf(start, end, inline, hasScheme ? s : schemes.length, PLACES[leaves.kind(i).ordinal()], out);
      }
    }
    if (digest.footer() != null) {
      SourceInfo src = digest.footer().source();
      String raw = src.raw();
      int start = offset(src.line(), src.column());
      out.line = src.line() - 1;
      for (int at = bareUrl(raw, 0, true); at >= 0; ) {
        int end = bareUrlEnd(raw, at, raw.length(), true);
        out.add(start + at, raw.substring(at, end), "", LinkOccurrence.Place.FOOTER);
        at = bareUrl(raw, end, true);
      }
    }
    return out.inDocumentOrder();
  }

  private static final LinkOccurrence.Place[] PLACES = {
      LinkOccurrence.Place.HEADING, LinkOccurrence.Place.BODY, LinkOccurrence.Place.ENTRY};

  /**
   * Adds the links of a leaf, the region {@code [start, end)} of the text, and its bare URLs outside them, in
   * the order they stand: {@code inline} are its links (read in place, as {@link MarkdownInline#links(String, int,
   * int)} reads a region as if it were the whole text), and the bare URLs are looked for from the "://" landmark
   * {@code s} on.
   */
  private void leaf(int start, int end, List<Link> inline, int s, LinkOccurrence.Place place, Links out) {
    int[] schemes = landmarks.schemes();
    int k = 0; // the next of the inline links to add
    int from = start; // where the next bare URL may start: not inside the last one or a link
    for (; s < schemes.length && schemes[s] + 3 < end; s++) {
      int p = schemes[s];
      // a bare URL's "http" or "https" stands right before its "://"
      int at = p >= 5 && text.startsWith("https", p - 5) ? p - 5 : p - 4;
      if (at < from || !text.startsWith("http", at) || !isUrlChar(text.charAt(p + 3), false)) {
        continue;
      }
      while (k < inline.size() && inline.get(k).end() <= at) {
        add(inline.get(k++), place, out);
      }
      if (k < inline.size() && inline.get(k).start() <= at) {
        from = inline.get(k).end(); // a link's own URL (or one in its text or title) is not bare
        continue;
      }
      from = bareUrlEnd(text, at, end, false);
      if (!(at > start && text.charAt(at - 1) == '<')) {
        out.add(at, text.substring(at, from), "", LinkOccurrence.Place.BARE);
      }
    }
    while (k < inline.size()) {
      add(inline.get(k++), place, out);
    }
  }

  private static void add(Link link, LinkOccurrence.Place place, Links out) {
    out.add(link.urlStart(), link.url(), link.text(), place);
  }

  /**
   * The links found so far, each positioned from the line of the one before (or of its leaf): the links of a
   * leaf come in order, and the leaves too.
   */
  private final class Links {
    private final List<LinkOccurrence> list = new ArrayList<>();
    private int line; // 0-based, at or before the line of the next link
    private int lastOffset = -1;
    private boolean inOrder = true;

    void add(int offset, String url, String linkText, LinkOccurrence.Place place) {
      if (line >= lineStarts.length || lineStarts[line] > offset) {
        line = position(offset).line() - 1; // not at or after the line given: looked up
      }
      while (line + 1 < lineStarts.length && lineStarts[line + 1] <= offset) {
        line++;
      }
      inOrder &= offset > lastOffset;
      lastOffset = offset;
      list.add(new LinkOccurrence(url, linkText, line + 1, offset - lineStarts[line] + 1, place));
    }

    List<LinkOccurrence> inDocumentOrder() {
      if (!inOrder) {
        list.sort(LINK_ORDER);
      }
      return java.util.Collections.unmodifiableList(list);
    }
  }

  private static final java.util.Comparator<LinkOccurrence> LINK_ORDER =
      java.util.Comparator.comparingInt(LinkOccurrence::line).thenComparingInt(LinkOccurrence::column);

  /**
   * The start of the next bare URL at or after {@code from} in Markdown text {@code s} ({@code https?://} and at
   * least one character that is not white space, {@code <>()[]}), or -1.
   */
  static int bareUrl(String s, int from) {
    return bareUrl(s, from, false);
  }

  /**
   * The start of the next URL at or after {@code from} in {@code s}, or -1: as {@link #bareUrl(String, int)},
   * and in HTML ({@code html}) a URL does not start with a quote either.
   */
  private static int bareUrl(String s, int from, boolean html) {
    for (int at = s.indexOf("http", from); at >= 0; at = s.indexOf("http", at + 1)) {
      if (isBareUrl(s, at, s.length(), html)) {
        return at;
      }
    }
    return -1;
  }

  /** Whether a URL starts at {@code at}, where {@code s} holds "http", and ends by {@code to}. */
  private static boolean isBareUrl(String s, int at, int to, boolean html) {
    int p = at + 4;
    if (p < to && s.charAt(p) == 's') {
      p++;
    }
    return p + 3 < to && s.startsWith("://", p) && isUrlChar(s.charAt(p + 3), html);
  }

  /** The end of the bare URL starting at {@code at} in Markdown text {@code s}. */
  static int bareUrlEnd(String s, int at) {
    return bareUrlEnd(s, at, s.length(), false);
  }

  /**
   * The end of the URL starting at {@code at}, at {@code to} at the latest; in HTML ({@code html}) it also ends
   * at a quote, which closes an attribute value.
   */
  private static int bareUrlEnd(String s, int at, int to, boolean html) {
    int p = s.indexOf("://", at) + 3;
    while (p < to && isUrlChar(s.charAt(p), html)) {
      p++;
    }
    return p;
  }

  /**
   * Whether a URL goes on over {@code c}: not white space, {@code <>()[]}, and in HTML ({@code html}) not a
   * quote (an attribute value's closing quote).
   */
  private static boolean isUrlChar(char c, boolean html) {
    return !(c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == '<' || c == '>'
        || c == '(' || c == ')' || c == '[' || c == ']' || html && (c == '"' || c == '\''));
  }
}
