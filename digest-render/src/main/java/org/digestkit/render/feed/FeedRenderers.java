package org.digestkit.render.feed;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.digestkit.core.Digest;
import org.digestkit.render.DigestRenderer;
import org.digestkit.render.RenderException;
import org.digestkit.render.RenderOptions;
import org.digestkit.render.html.HtmlRenderers;
import org.digestkit.render.internal.BudgetedAppendable;
import org.digestkit.render.internal.InlineMarkup;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * RSS 2.0, Atom 1.0 and JSON Feed 1.1 over a list of posts, newest first, each item with title, date, link, summary
 * and the safe HTML content. A feed needs the site's address; each item's link, guid and id is the post's own address
 * ({@code RenderOptions.postLink}, e.g. a {@link org.digestkit.render.Permalink}), and a post whose address cannot be
 * made or repeats an earlier one's is left out (see {@link FeedRenderer}). Summaries are plain text (RSS's {@code
 * <description>} is escaped as HTML once more, since readers render it as HTML). XML is written with the JDK's StAX
 * writer (which escapes) after removing characters XML 1.0 cannot hold, so a feed is well-formed whatever the posts
 * contain; no CDATA is used, so {@code ]]>} needs no special case.
 */
public final class FeedRenderers {
  private static final String CONTENT_NS = "http://purl.org/rss/1.0/modules/content/";

  private FeedRenderers() {}

  /**
   * {@return an RSS 2.0 feed renderer} The same as {@code DigestRenderers.forFormat("rss", options)}, typed.
   *
   * @param options the options; feeds need the site ({@link RenderOptions#withSite})
   */
  public static FeedRenderer rss(RenderOptions options) {
    return new Feed(Kind.RSS, options);
  }

  /**
   * {@return an Atom 1.0 feed renderer} The same as {@code DigestRenderers.forFormat("atom", options)}, typed.
   *
   * @param options the options; feeds need the site ({@link RenderOptions#withSite})
   */
  public static FeedRenderer atom(RenderOptions options) {
    return new Feed(Kind.ATOM, options);
  }

  /**
   * {@return a JSON Feed 1.1 renderer} The same as {@code DigestRenderers.forFormat("jsonfeed", options)}, typed.
   *
   * @param options the options; feeds need the site ({@link RenderOptions#withSite})
   */
  public static FeedRenderer jsonFeed(RenderOptions options) {
    return new Feed(Kind.JSONFEED, options);
  }

  /** The kinds of feed. */
  enum Kind {
    RSS,
    ATOM,
    JSONFEED
  }

  /** A post as a feed item: its address, its safe HTML and its summary as plain text. */
  private record Entry(Digest post, String link, String html, String summary) {}

  /** A feed renderer of one kind. */
  static final class Feed implements FeedRenderer {
    private final Kind kind;
    private final RenderOptions options;
    private final DigestRenderer html;

    Feed(Kind kind, RenderOptions options) {
      this.kind = kind;
      this.options = options;
      this.html = HtmlRenderers.fragment(options);
    }

    @Override
    public String format() {
      return kind.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String mediaType() {
      return switch (kind) {
        case RSS -> "application/rss+xml; charset=utf-8";
        case ATOM -> "application/atom+xml; charset=utf-8";
        case JSONFEED -> "application/feed+json";
      };
    }

    @Override
    public void render(Digest digest, Appendable out) throws IOException {
      render(List.of(digest), out);
    }

    @Override
    public void render(List<Digest> digests, Appendable out, BiConsumer<Digest, RenderException> skipped)
        throws IOException {
      if (!options.hasSite()) {
        throw new RenderException("a feed needs the site's address (RenderOptions.withSite; the CLI's --site-url):"
            + " item links and ids are made from it");
      }
      List<Digest> sorted = new ArrayList<>(digests);
      // newest first; posts without a valid date last; ties keep the given order
      sorted.sort(Comparator.comparing((Digest d) -> d.frontMatter().date().orElse(LocalDate.MIN)).reversed());
      List<Entry> entries = new ArrayList<>(sorted.size());
      Map<String, Digest> byLink = new HashMap<>();
      for (Digest d : sorted) {
        try {
          String link = options.absoluteLink(d);
          Digest earlier = byLink.putIfAbsent(link, d);
          if (earlier != null) {
            throw new RenderException("its address " + link + " is the address of \"" + earlier.titleText()
                + "\" already in the feed (give each post its own permalink, e.g. with {path} or {name})");
          }
          entries.add(new Entry(d, link, html.render(d), summary(d)));
        } catch (RenderException e) {
          skipped.accept(d, e);
        }
      }
      Appendable o = new BudgetedAppendable(out, (long) options.maxOutputChars() * Math.max(1, digests.size()));
      if (kind == Kind.JSONFEED) {
        jsonFeed(entries, o);
        return;
      }
      StringWriter buffer = new StringWriter();
      try {
        XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(buffer);
        if (kind == Kind.RSS) {
          rss(entries, x);
        } else {
          atom(entries, x);
        }
        x.flush();
      } catch (XMLStreamException e) {
        throw new IOException("cannot write the feed: " + e.getMessage(), e);
      }
      o.append(buffer.toString()).append('\n');
    }

    private void rss(List<Entry> entries, XMLStreamWriter x) throws XMLStreamException {
      x.writeStartDocument("UTF-8", "1.0");
      x.writeStartElement("rss");
      x.writeAttribute("version", "2.0");
      x.writeNamespace("content", CONTENT_NS);
      x.writeStartElement("channel");
      element(x, "title", options.siteTitle());
      element(x, "link", options.baseUrl());
      element(x, "description", escapeHtmlText(options.siteTitle()));
      if (!entries.isEmpty()) {
        element(x, "lastBuildDate", rfc822(entries.get(0).post()));
      }
      for (Entry e : entries) {
        Digest d = e.post();
        x.writeStartElement("item");
        element(x, "title", d.titleText());
        element(x, "link", e.link());
        x.writeStartElement("guid");
        x.writeAttribute("isPermaLink", "true");
        x.writeCharacters(clean(e.link()));
        x.writeEndElement();
        if (d.frontMatter().date().isPresent()) {
          element(x, "pubDate", rfc822(d));
        }
        // RSS readers render a description as HTML: the plain text is escaped once more, so it reads as written
        element(x, "description", escapeHtmlText(e.summary()));
        x.writeStartElement("content", "encoded", CONTENT_NS);
        x.writeCharacters(clean(e.html()));
        x.writeEndElement();
        x.writeEndElement();
      }
      x.writeEndElement();
      x.writeEndElement();
      x.writeEndDocument();
    }

    private void atom(List<Entry> entries, XMLStreamWriter x) throws XMLStreamException {
      x.writeStartDocument("UTF-8", "1.0");
      x.writeStartElement("feed");
      x.writeDefaultNamespace("http://www.w3.org/2005/Atom");
      element(x, "title", options.siteTitle());
      element(x, "id", options.baseUrl());
      x.writeEmptyElement("link");
      x.writeAttribute("href", clean(options.baseUrl()));
      element(x, "updated", entries.isEmpty() ? "1970-01-01T00:00:00Z" : rfc3339(entries.get(0).post()));
      x.writeStartElement("author");
      element(x, "name", options.siteTitle());
      x.writeEndElement();
      for (Entry e : entries) {
        Digest d = e.post();
        x.writeStartElement("entry");
        element(x, "title", d.titleText());
        element(x, "id", e.link());
        x.writeEmptyElement("link");
        x.writeAttribute("href", clean(e.link()));
        element(x, "updated", rfc3339(d));
        element(x, "summary", e.summary()); // a text construct: plain text
        x.writeStartElement("content");
        x.writeAttribute("type", "html");
        x.writeCharacters(clean(e.html()));
        x.writeEndElement();
        x.writeEndElement();
      }
      x.writeEndElement();
      x.writeEndDocument();
    }

    private void jsonFeed(List<Entry> entries, Appendable out) throws IOException {
      ObjectNode feed = JsonMapper.shared().createObjectNode();
      feed.put("version", "https://jsonfeed.org/version/1.1");
      feed.put("title", options.siteTitle());
      feed.put("home_page_url", options.baseUrl());
      ArrayNode items = feed.putArray("items");
      for (Entry e : entries) {
        Digest d = e.post();
        ObjectNode item = items.addObject();
        item.put("id", e.link());
        item.put("url", e.link());
        item.put("title", d.titleText());
        item.put("summary", e.summary());
        item.put("content_html", e.html());
        if (d.frontMatter().date().isPresent()) {
          item.put("date_published", rfc3339(d));
        }
        List<String> tags = d.frontMatter().tags();
        if (!tags.isEmpty()) {
          ArrayNode t = item.putArray("tags");
          tags.forEach(t::add);
        }
      }
      out.append(JsonMapper.shared().writerWithDefaultPrettyPrinter().writeValueAsString(feed)).append('\n');
    }

    /** Plain text as HTML text: {@code & < >} escaped (quotes need no escape outside attributes). */
    private static String escapeHtmlText(String text) {
      return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
      x.writeStartElement(name);
      x.writeCharacters(clean(text));
      x.writeEndElement();
    }

    /** The summary's entries (or else the title) as plain text: Markdown markers and link targets gone. */
    private static String summary(Digest d) {
      return d.frontMatter().summary()
          .map(s -> s.entries().stream().map(e -> InlineMarkup.plain(e.text()).strip())
              .collect(Collectors.joining("；")))
          .orElse(d.titleText());
    }

    private static String rfc822(Digest d) {
      return DateTimeFormatter.RFC_1123_DATE_TIME.format(
          d.frontMatter().date().orElse(LocalDate.EPOCH).atStartOfDay(ZoneOffset.UTC));
    }

    private static String rfc3339(Digest d) {
      return d.frontMatter().date().orElse(LocalDate.EPOCH) + "T00:00:00Z";
    }
  }

  /** Removes characters XML 1.0 cannot hold: C0 controls but tab and line breaks, U+FFFE/U+FFFF, lone surrogates. */
  static String clean(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean legal;
      if (Character.isHighSurrogate(c)) {
        legal = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        if (legal) {
          if (out != null) {
            out.append(c).append(s.charAt(i + 1));
          }
          i++;
          continue;
        }
      } else {
        legal = !Character.isLowSurrogate(c) && (c >= 0x20 || c == '\t' || c == '\n' || c == '\r')
            && c != 0xFFFE && c != 0xFFFF;
      }
      if (!legal && out == null) {
        out = new StringBuilder(s.length());
        out.append(s, 0, i);
      } else if (legal && out != null) {
        out.append(c);
      }
    }
    return out == null ? s : out.toString();
  }
}
