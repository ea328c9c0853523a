package org.digestkit.render.html;

import java.util.Arrays;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * A strict one-pass scan that proves rendered HTML already passes the jsoup safelist, so that the jsoup pass
 * need not parse it. It accepts only the markup commonmark-java's renderer writes, in the shapes it writes it:
 * well-nested elements of a small vocabulary (paragraphs, headings, lists, quotes, code, tables, links, images,
 * emphasis, breaks), each in a parent where jsoup's tree builder takes it without a parse error; attributes in
 * double quotes that the {@link Safelist} keeps, a URL attribute only with a scheme the safelist allows; text
 * whose only character references are {@code &amp; &lt; &gt; &quot;}; no comments, no other markup, no control
 * characters. Anything else is not accepted, and the caller hands the HTML to jsoup's {@code Cleaner}, which
 * decides. What this scan accepts, {@code Cleaner.isValidBodyHtml} accepts too: {@code SafelistScanTest} and
 * {@code SafelistScanFuzzTest} hold the two to that. Thread-safe.
 */
final class SafelistScan {
  private enum Kind { BLOCK, LIST_ITEM, TABLE_SECTION, ROW, CELL, INLINE, LINK, PRE, CODE, VOID_BLOCK, VOID }

  /** An element the scan knows: its name, what it is, and whether it holds only elements. */
  private record Tag(String name, Kind kind, boolean structural, char[] chars) {
    Tag(String name, Kind kind, boolean structural) {
      this(name, kind, structural, name.toCharArray());
    }
  }

  private static final Tag ROOT = new Tag("", Kind.BLOCK, false);

  private static final Tag[] TAGS = {
      new Tag("p", Kind.BLOCK, false), new Tag("h1", Kind.BLOCK, false), new Tag("h2", Kind.BLOCK, false),
      new Tag("h3", Kind.BLOCK, false), new Tag("h4", Kind.BLOCK, false), new Tag("h5", Kind.BLOCK, false),
      new Tag("h6", Kind.BLOCK, false), new Tag("ul", Kind.BLOCK, true), new Tag("ol", Kind.BLOCK, true),
      new Tag("blockquote", Kind.BLOCK, false), new Tag("pre", Kind.PRE, false), new Tag("table", Kind.BLOCK, true),
      new Tag("hr", Kind.VOID_BLOCK, false), new Tag("li", Kind.LIST_ITEM, false),
      new Tag("thead", Kind.TABLE_SECTION, true), new Tag("tbody", Kind.TABLE_SECTION, true),
      new Tag("tr", Kind.ROW, true), new Tag("th", Kind.CELL, false), new Tag("td", Kind.CELL, false),
      new Tag("em", Kind.INLINE, false), new Tag("strong", Kind.INLINE, false), new Tag("a", Kind.LINK, false),
      new Tag("code", Kind.CODE, false), new Tag("img", Kind.VOID, false), new Tag("br", Kind.VOID, false)};

  /** Indexes into {@link #TAGS} by the first letter of the name. */
  private static final int[][] BY_FIRST_LETTER = new int[26][];

  static {
    for (char c = 'a'; c <= 'z'; c++) {
      char letter = c;
      BY_FIRST_LETTER[c - 'a'] = java.util.stream.IntStream.range(0, TAGS.length)
          .filter(t -> TAGS[t].name().charAt(0) == letter).toArray();
    }
  }

  /** The attribute names commonmark-java and the renderer write; the scan vouches for no others. */
  private static final String[] ATTRIBUTES =
      {"href", "rel", "title", "id", "src", "alt", "loading", "class", "align", "start"};

  private static final char[][] ATTRIBUTE_CHARS =
      Arrays.stream(ATTRIBUTES).map(String::toCharArray).toArray(char[][]::new);

  /** The character references commonmark-java's renderer writes. */
  private static final char[][] REFERENCES =
      {"&amp;".toCharArray(), "&lt;".toCharArray(), "&gt;".toCharArray(), "&quot;".toCharArray()};

  /** Printable ASCII that commonmark-java leaves unencoded in a URL, less what jsoup or a browser reads apart. */
  private static final boolean[] URL_CHARS = new boolean[128];

  static {
    for (char c = 0x21; c < 0x7F; c++) {
      URL_CHARS[c] = "\"<>\\^`{|}".indexOf(c) < 0;
    }
  }

  private static final int UNKNOWN = 0;
  private static final int REFUSED = 1;
  private static final int PLAIN = 2;
  private static final int URL = 3;

  /** A URL of each scheme the scan vouches for, to ask the safelist once per tag and attribute. */
  private static final String[] SCHEME_SAMPLES =
      {"mailto:a@example.com", "http://example.com/", "https://example.com/"};

  private final Safelist safelist;
  private final boolean[] safeTags = new boolean[TAGS.length];
  /** Per tag and attribute: UNKNOWN, REFUSED, PLAIN or URL, as the safelist answers. */
  private final int[][] kinds = new int[TAGS.length][ATTRIBUTES.length];
  /** Per tag, attribute and scheme of {@link #SCHEME_SAMPLES}: UNKNOWN, REFUSED or PLAIN (allowed). */
  private final int[][][] schemes = new int[TAGS.length][ATTRIBUTES.length][SCHEME_SAMPLES.length];

  SafelistScan(Safelist safelist) {
    this.safelist = safelist;
    for (int t = 0; t < TAGS.length; t++) {
      safeTags[t] = safelist.isSafeTag(TAGS[t].name());
    }
  }

  /** Whether {@code html} is proven to pass the safelist unchanged; false means "not proven", not "unsafe". */
  boolean accepts(String html) {
    return unproven(html) < 0;
  }

  /** Where the proof stops: the offset of the first markup it cannot vouch for, or -1 when it accepts. */
  int unproven(String html) {
    char[] a = html.toCharArray(); // array reads are cheaper than charAt in the per-character loops
    int n = a.length;
    Tag[] open = new Tag[16];
    int depth = 0;
    Tag top = ROOT;
    int links = 0; // open <a> elements: jsoup closes a link that opens inside another
    int i = 0;
    while (i < n) {
      char c = a[i];
      if (c == '<') {
        int end; // the closing '>'
        if (i + 1 < n && a[i + 1] == '/') {
          end = i + 2 + top.chars().length;
          if (depth == 0 || end >= n || a[end] != '>' || !matches(a, i + 2, top.chars())) {
            return i;
          }
          if (top.kind() == Kind.LINK) {
            links--;
          }
          depth--;
          top = depth == 0 ? ROOT : open[depth - 1];
        } else {
          int nameEnd = i + 1;
          while (nameEnd < n && (a[nameEnd] >= 'a' && a[nameEnd] <= 'z' || nameEnd > i + 1 && a[nameEnd] >= '0'
              && a[nameEnd] <= '9')) {
            nameEnd++;
          }
          int t = tag(a, i + 1, nameEnd);
          if (t < 0 || !safeTags[t]) {
            return i;
          }
          Tag tag = TAGS[t];
          int attributesEnd = attributes(a, t, nameEnd);
          if (attributesEnd < 0) {
            return i;
          }
          boolean selfClosing = a[attributesEnd] == ' '; // " />"
          end = selfClosing ? attributesEnd + 2 : attributesEnd;
          boolean isVoid = tag.kind() == Kind.VOID || tag.kind() == Kind.VOID_BLOCK;
          if (selfClosing != isVoid || !fits(tag, top) || tag.kind() == Kind.LINK && links > 0) {
            return i;
          }
          if (!selfClosing) {
            if (depth == open.length) {
              open = Arrays.copyOf(open, depth * 2);
            }
            open[depth++] = tag;
            top = tag;
            if (tag.kind() == Kind.LINK) {
              links++;
            }
          }
        }
        i = end + 1;
      } else if (top.structural()) {
        if (c != '\n') {
          return i; // text in a list or table outside its items and cells: jsoup would move it
        }
        i++;
      } else if (c == '&') {
        int after = reference(a, i);
        if (after < 0) {
          return i;
        }
        i = after;
      } else {
        // a run of text up to the next tag or reference: no controls, nothing jsoup reads as the end of input
        for (; i < n; i++) {
          c = a[i];
          if (c < 0x20 ? c != '\n' && c != '\t' : c == '<' || c == '&' || c == 0x7F || c >= 0xFFFE) {
            break;
          }
        }
        if (i < n && c != '<' && c != '&') {
          return i;
        }
      }
    }
    return depth == 0 ? -1 : n;
  }

  /** Whether {@code tag} may open inside {@code parent} without jsoup reshaping the tree. */
  private static boolean fits(Tag tag, Tag parent) {
    String p = parent.name();
    return switch (tag.kind()) {
      case BLOCK, PRE, VOID_BLOCK -> parent == ROOT || p.equals("li") || p.equals("blockquote");
      case LIST_ITEM -> p.equals("ul") || p.equals("ol");
      case TABLE_SECTION -> p.equals("table");
      case ROW -> p.equals("thead") || p.equals("tbody");
      case CELL -> p.equals("tr");
      case CODE -> p.equals("pre") || inlineParent(parent);
      default -> inlineParent(parent); // INLINE, LINK, VOID
    };
  }

  private static boolean inlineParent(Tag parent) {
    return parent.kind() != Kind.PRE && parent.kind() != Kind.CODE && !parent.structural();
  }

  /** The index in {@link #TAGS} of the name at {@code a[from, to)}, or -1. */
  private static int tag(char[] a, int from, int to) {
    int length = to - from;
    if (length == 0) {
      return -1;
    }
    char first = a[from];
    if (first < 'a' || first > 'z') {
      return -1;
    }
    for (int t : BY_FIRST_LETTER[first - 'a']) {
      char[] name = TAGS[t].chars();
      if (name.length == length && matches(a, from, name)) {
        return t;
      }
    }
    return -1;
  }

  private static boolean matches(char[] a, int at, char[] name) {
    if (at + name.length > a.length) {
      return false;
    }
    for (int k = 0; k < name.length; k++) {
      if (a[at + k] != name[k]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Checks the attributes from {@code from}: {@code ( name="value")*}, each kept by the safelist, up to the tag's
   * end; answers where that end starts ({@code >} or {@code  />}), or -1.
   */
  private int attributes(char[] a, int tag, int from) {
    int n = a.length;
    int seen = 0; // the known attributes met so far, as bits
    int p = from;
    while (true) {
      if (p >= n) {
        return -1;
      }
      if (a[p] == '>') {
        return p;
      }
      if (a[p] != ' ') {
        return -1;
      }
      if (p + 2 < n && a[p + 1] == '/' && a[p + 2] == '>') {
        return p;
      }
      int nameStart = p + 1;
      int q = nameStart;
      while (q < n && (a[q] >= 'a' && a[q] <= 'z' || q > nameStart && a[q] == '-')) {
        q++;
      }
      if (q == nameStart || q + 1 >= n || a[q] != '=' || a[q + 1] != '"') {
        return -1;
      }
      int attribute = attribute(a, nameStart, q);
      if (attribute < 0 || (seen & 1 << attribute) != 0) {
        return -1; // an attribute the renderer does not write, or a repeated one (a parse error)
      }
      seen |= 1 << attribute;
      int valueStart = q + 2;
      int valueEnd = valueStart;
      boolean references = false;
      for (; valueEnd < n; valueEnd++) {
        char c = a[valueEnd];
        if (c == '"') {
          break;
        }
        if (c < 0x20 || c == 0x7F || c == '<' || c == '>' || c >= 0xFFFE) {
          return -1;
        }
        if (c == '&') {
          if (reference(a, valueEnd) < 0) {
            return -1;
          }
          references = true;
        }
      }
      if (valueEnd >= n) {
        return -1;
      }
      int kind = kind(tag, attribute);
      if (kind == REFUSED) {
        return -1;
      }
      if (kind == URL) {
        char[] value = a;
        int valueFrom = valueStart;
        int valueTo = valueEnd;
        if (references) {
          value = decode(a, valueStart, valueEnd).toCharArray();
          valueFrom = 0;
          valueTo = value.length;
        }
        int scheme = scheme(value, valueFrom, valueTo);
        if (scheme < 0 || !schemeAllowed(tag, attribute, scheme)) {
          return -1;
        }
      }
      p = valueEnd + 1;
    }
  }

  /** The index in {@link #ATTRIBUTES} of the name at {@code a[from, to)}, or -1. */
  private static int attribute(char[] a, int from, int to) {
    for (int k = 0; k < ATTRIBUTE_CHARS.length; k++) {
      char[] known = ATTRIBUTE_CHARS[k];
      if (known.length == to - from && known[0] == a[from] && matches(a, from, known)) {
        return k;
      }
    }
    return -1;
  }

  /** REFUSED, PLAIN or URL for an attribute of a tag, as the safelist answers (asked once, then remembered). */
  private int kind(int tag, int attribute) {
    int kind = kinds[tag][attribute];
    if (kind == UNKNOWN) {
      kind = classify(TAGS[tag].name(), ATTRIBUTES[attribute]);
      kinds[tag][attribute] = kind; // a benign race: every thread computes the same answer
    }
    return kind;
  }

  /** Whether the safelist takes URLs of a scheme in this attribute (asked once on a sample, then remembered). */
  private boolean schemeAllowed(int tag, int attribute, int scheme) {
    int allowed = schemes[tag][attribute][scheme];
    if (allowed == UNKNOWN) {
      allowed = safe(TAGS[tag].name(), ATTRIBUTES[attribute], SCHEME_SAMPLES[scheme]) ? PLAIN : REFUSED;
      schemes[tag][attribute][scheme] = allowed;
    }
    return allowed == PLAIN;
  }

  /** An attribute value with its (already checked) character references resolved. */
  private static String decode(char[] a, int start, int end) {
    StringBuilder out = new StringBuilder(end - start);
    int p = start;
    while (p < end) {
      char c = a[p];
      if (c == '&') {
        out.append(switch (a[p + 1]) {
          case 'a' -> '&';
          case 'l' -> '<';
          case 'g' -> '>';
          default -> '"';
        });
        p = reference(a, p);
      } else {
        out.append(c);
        p++;
      }
    }
    return out.toString();
  }

  /** The offset after one of {@code &amp; &lt; &gt; &quot;} at {@code at}, or -1. */
  private static int reference(char[] a, int at) {
    if (at + 1 >= a.length) {
      return -1;
    }
    char[] r = switch (a[at + 1]) {
      case 'a' -> REFERENCES[0];
      case 'l' -> REFERENCES[1];
      case 'g' -> REFERENCES[2];
      case 'q' -> REFERENCES[3];
      default -> null;
    };
    return r != null && at + r.length <= a.length && Arrays.equals(a, at, at + r.length, r, 0, r.length)
        ? at + r.length : -1;
  }

  private int classify(String tag, String name) {
    if (safe(tag, name, "x")) {
      return PLAIN;
    }
    for (String sample : SCHEME_SAMPLES) {
      if (safe(tag, name, sample)) {
        return URL;
      }
    }
    return REFUSED;
  }

  /** The safelist's answer for one attribute value, on an element that holds it (jsoup resolves URLs). */
  private boolean safe(String tag, String name, String value) {
    Element element = new Element(tag);
    element.attr(name, value);
    return safelist.isSafeAttribute(tag, element, element.attribute(name));
  }

  /**
   * The scheme of a URL value in a shape jsoup resolves to itself — {@code mailto:} and anything, or {@code
   * http(s)://} with a plain host, an optional port and printable ASCII after it (as commonmark-java
   * percent-encodes it), or a plain relative URL (no colon, not protocol-relative), which jsoup's {@code
   * isValidBodyHtml} resolves against an https base when the safelist preserves relative links — as an index
   * into {@link #SCHEME_SAMPLES}; -1 for anything else.
   */
  private int scheme(char[] a, int from, int to) {
    if (startsWithIgnoreCase(a, from, to, "mailto:")) {
      return 0;
    }
    if (startsWithIgnoreCase(a, from, to, "http://")) {
      return plainHttpUrl(a, from + 7, to) ? 1 : -1;
    }
    if (startsWithIgnoreCase(a, from, to, "https://")) {
      return plainHttpUrl(a, from + 8, to) ? 2 : -1;
    }
    return safelist.preserveRelativeLinks() && plainRelativeUrl(a, from, to) ? 2 : -1;
  }

  private static boolean startsWithIgnoreCase(char[] a, int from, int to, String prefix) {
    if (to - from < prefix.length()) {
      return false;
    }
    for (int k = 0; k < prefix.length(); k++) {
      char c = a[from + k];
      if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean plainRelativeUrl(char[] a, int from, int to) {
    if (from == to || to - from >= 2 && a[from] == '/' && a[from + 1] == '/') {
      return false;
    }
    for (int p = from; p < to; p++) {
      char c = a[p];
      if (c >= 0x80 || c == ':' || !URL_CHARS[c]) {
        return false;
      }
    }
    return true;
  }

  private static boolean plainHttpUrl(char[] a, int hostStart, int to) {
    int p = hostStart;
    while (p < to && isHostChar(a[p])) {
      p++;
    }
    if (p == hostStart) {
      return false;
    }
    if (p < to && a[p] == ':') {
      int digits = ++p;
      while (p < to && a[p] >= '0' && a[p] <= '9') {
        p++;
      }
      if (p == digits || p - digits > 5) {
        return false;
      }
    }
    if (p < to && a[p] != '/' && a[p] != '?' && a[p] != '#') {
      return false;
    }
    for (; p < to; p++) {
      char c = a[p];
      if (c >= 0x80 || !URL_CHARS[c]) {
        return false;
      }
    }
    return true;
  }

  private static boolean isHostChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-';
  }
}
