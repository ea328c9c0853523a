package org.digestkit.render.html;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
  private record Tag(String name, Kind kind, boolean structural) {}

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

  /** The attribute names commonmark-java and the renderer write (others are looked up by their text). */
  private static final String[] ATTRIBUTES =
      {"href", "rel", "title", "id", "src", "alt", "loading", "class", "align", "start"};

  /** Cache keys "attribute scheme" for the known URL attributes, made once. */
  private static final Map<String, Map<String, String>> SCHEME_KEYS = Map.of(
      "http", Map.of("href", "href http", "src", "src http"),
      "https", Map.of("href", "href https", "src", "src https"),
      "mailto", Map.of("href", "href mailto", "src", "src mailto"));

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

  private static final int REFUSED = 0;
  private static final int PLAIN = 1;
  private static final int URL = 2;

  private final Safelist safelist;
  private final boolean[] safeTags = new boolean[TAGS.length];
  /** Per tag, per attribute (and per "attribute scheme:"): REFUSED, PLAIN or URL, as the safelist answers. */
  private final Map<String, Map<String, Integer>> attributeKinds = new ConcurrentHashMap<>();

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
        int end = indexOf(a, '>', i + 1);
        if (end < 0) {
          return i;
        }
        if (i + 1 < n && a[i + 1] == '/') {
          if (depth == 0 || end != i + 2 + top.name().length() || !matches(a, i + 2, top.name())) {
            return i;
          }
          if (top.kind() == Kind.LINK) {
            links--;
          }
          depth--;
          top = depth == 0 ? ROOT : open[depth - 1];
        } else {
          int nameEnd = i + 1;
          while (nameEnd < end && (a[nameEnd] >= 'a' && a[nameEnd] <= 'z' || nameEnd > i + 1 && a[nameEnd] >= '0'
              && a[nameEnd] <= '9')) {
            nameEnd++;
          }
          int t = tag(a, i + 1, nameEnd);
          if (t < 0 || !safeTags[t]) {
            return i;
          }
          Tag tag = TAGS[t];
          boolean selfClosing = end - 2 >= nameEnd && a[end - 1] == '/' && a[end - 2] == ' ';
          boolean isVoid = tag.kind() == Kind.VOID || tag.kind() == Kind.VOID_BLOCK;
          if (selfClosing != isVoid || !fits(tag, top) || tag.kind() == Kind.LINK && links > 0
              || !attributes(a, tag.name(), nameEnd, selfClosing ? end - 2 : end)) {
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
      String name = TAGS[t].name();
      if (name.length() == length && matches(a, from, name)) {
        return t;
      }
    }
    return -1;
  }

  private static boolean matches(char[] a, int at, String s) {
    if (at + s.length() > a.length) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      if (a[at + k] != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(char[] a, char c, int from) {
    for (int p = from; p < a.length; p++) {
      if (a[p] == c) {
        return p;
      }
    }
    return -1;
  }

  /** Checks the attributes in {@code a[from, end)}: {@code ( name="value")*}, each kept by the safelist. */
  private boolean attributes(char[] a, String tag, int from, int end) {
    if (from == end) {
      return true;
    }
    Map<String, Integer> kinds = attributeKinds.computeIfAbsent(tag, t -> new ConcurrentHashMap<>());
    String[] seen = new String[4];
    int count = 0;
    int p = from;
    while (p < end) {
      if (a[p] != ' ') {
        return false;
      }
      int nameStart = p + 1;
      int q = nameStart;
      while (q < end && (a[q] >= 'a' && a[q] <= 'z' || q > nameStart && a[q] == '-')) {
        q++;
      }
      if (q == nameStart || q + 1 >= end || a[q] != '=' || a[q + 1] != '"' || count == seen.length) {
        return false;
      }
      String name = attributeName(a, nameStart, q);
      for (int k = 0; k < count; k++) {
        if (seen[k].equals(name)) {
          return false; // a repeated attribute is a parse error
        }
      }
      seen[count++] = name;
      int valueStart = q + 2;
      int valueEnd = valueStart;
      boolean references = false;
      for (; valueEnd < end; valueEnd++) {
        char c = a[valueEnd];
        if (c == '"') {
          break;
        }
        if (c < 0x20 || c == 0x7F || c == '<' || c >= 0xFFFE) {
          return false;
        }
        if (c == '&') {
          if (reference(a, valueEnd) < 0) {
            return false;
          }
          references = true;
        }
      }
      if (valueEnd >= end) {
        return false;
      }
      Integer kind = kinds.get(name);
      if (kind == null) {
        kind = classify(tag, name);
        kinds.put(name, kind);
      }
      if (kind == REFUSED || kind == URL && !allowedScheme(tag, name,
          references ? decode(a, valueStart, valueEnd) : new String(a, valueStart, valueEnd - valueStart))) {
        return false;
      }
      p = valueEnd + 1;
    }
    return true;
  }

  private static String attributeName(char[] a, int from, int to) {
    for (String known : ATTRIBUTES) {
      if (known.length() == to - from && matches(a, from, known)) {
        return known;
      }
    }
    return new String(a, from, to - from);
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
    if (safe(tag, name, "https://example.com/") || safe(tag, name, "http://example.com/")
        || safe(tag, name, "mailto:a@example.com")) {
      return URL;
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
   * Whether a URL value has a scheme the safelist allows for this attribute (asked once per scheme, on a
   * representative URL) and a shape jsoup resolves to itself: {@code mailto:} and anything, or {@code http(s)://}
   * with a plain host, an optional port and printable ASCII after it (as commonmark-java percent-encodes it),
   * or — when the safelist preserves relative links — a plain relative URL, which jsoup's {@code
   * isValidBodyHtml} resolves against an https base.
   */
  private boolean allowedScheme(String tag, String name, String value) {
    String scheme;
    if (value.regionMatches(true, 0, "mailto:", 0, 7)) {
      scheme = "mailto";
    } else if (value.regionMatches(true, 0, "https://", 0, 8)) {
      scheme = "https";
    } else if (value.regionMatches(true, 0, "http://", 0, 7)) {
      scheme = "http";
    } else if (safelist.preserveRelativeLinks() && plainRelativeUrl(value)) {
      scheme = "https"; // jsoup's isValidBodyHtml resolves relative links against https://dummy.example/
    } else {
      return false;
    }
    boolean absoluteHttp = !scheme.equals("mailto") && value.indexOf(':') > 0;
    if (absoluteHttp && !plainHttpUrl(value, scheme.length() + 3)) {
      return false;
    }
    Map<String, Integer> kinds = attributeKinds.get(tag);
    String key = SCHEME_KEYS.get(scheme).get(name);
    if (key == null) {
      key = name + ' ' + scheme;
    }
    Integer kind = kinds.get(key);
    if (kind == null) {
      String sample = scheme.equals("mailto") ? "mailto:a@example.com" : scheme + "://example.com/";
      kind = safe(tag, name, sample) ? PLAIN : REFUSED;
      kinds.put(key, kind);
    }
    return kind == PLAIN;
  }

  /**
   * A relative URL that resolves against an https base without surprises: a path, query or fragment of
   * printable ASCII, no scheme (no colon at all), not protocol-relative, no backslash.
   */
  private static boolean plainRelativeUrl(String url) {
    if (url.isEmpty() || url.startsWith("//")) {
      return false;
    }
    for (int p = 0; p < url.length(); p++) {
      char c = url.charAt(p);
      if (c >= 0x80 || c == ':' || !URL_CHARS[c]) {
        return false;
      }
    }
    return true;
  }

  private static boolean plainHttpUrl(String url, int hostStart) {
    int p = hostStart;
    while (p < url.length() && isHostChar(url.charAt(p))) {
      p++;
    }
    if (p == hostStart) {
      return false;
    }
    if (p < url.length() && url.charAt(p) == ':') {
      int digits = ++p;
      while (p < url.length() && url.charAt(p) >= '0' && url.charAt(p) <= '9') {
        p++;
      }
      if (p == digits || p - digits > 5) {
        return false;
      }
    }
    if (p < url.length() && url.charAt(p) != '/' && url.charAt(p) != '?' && url.charAt(p) != '#') {
      return false;
    }
    for (; p < url.length(); p++) {
      char c = url.charAt(p);
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
