package org.digestkit.render.html;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;
import org.digestkit.core.Digest;
import org.digestkit.core.markdown.FastMarkdown;
import org.digestkit.core.model.FrontMatter;
import org.digestkit.render.RenderOptions;
import org.digestkit.render.internal.BudgetedAppendable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Renders a post's body to safe HTML: parsed by {@link FastMarkdown} (commonmark-java's tree, fast for the plain
 * subset), rendered by commonmark-java with raw HTML escaped and URLs through {@link SafeUrls},
 * heading ids by {@link Slugs}, lazy images, {@code rel="nofollow ugc noopener"} on links; then a jsoup safelist
 * pass as a second line of defence, within the output budget. The rendered HTML is kept as it is when every
 * element and attribute is on the safelist (every corpus post): {@link SafelistScan} proves that for the shapes
 * commonmark-java writes in one pass, and jsoup's {@code Cleaner} decides everything else, its cleaned copy
 * replacing HTML that does not pass. Thread-safe.
 */
final class HtmlBody {
  /** The rendered body, its table of contents and its footer. */
  record Result(String html, List<TocEntry> toc, String footer) {}

  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.builder().maxCells(10_000).build());

  private final RenderOptions options;
  private final FastMarkdown parser;
  private final Safelist safelist;
  private final SafelistScan scan;

  HtmlBody(RenderOptions options) {
    this.options = options;
    this.parser = FastMarkdown.withLimits(10_000, 100, 100);
    Safelist s = Safelist.relaxed()
        .addAttributes("h2", "id").addAttributes("h3", "id").addAttributes("h4", "id")
        .addTags("hr").addAttributes("code", "class") // thematic breaks; a fence's language-xyz class
        .addAttributes("th", "align").addAttributes("td", "align") // table column alignment
        .addAttributes("img", "loading").addAttributes("a", "rel")
        .removeProtocols("a", "href", "ftp")
        .preserveRelativeLinks(true);
    if (!options.imageSchemes().contains("http")) {
      s.removeProtocols("img", "src", "http");
    }
    this.safelist = s;
    this.scan = new SafelistScan(s);
  }

  Result render(Digest digest) throws IOException {
    List<TocEntry> toc = new ArrayList<>();
    String rendered = rendered(digest, toc);
    org.jsoup.safety.Cleaner cleaner = new org.jsoup.safety.Cleaner(safelist);
    String html;
    if (scan.accepts(rendered) || cleaner.isValidBodyHtml(rendered)) {
      html = rendered; // every element and attribute is on the safelist: kept as rendered
    } else {
      Document cleaned = cleaner.clean(Jsoup.parseBodyFragment(rendered, options.baseUrl()));
      cleaned.outputSettings().prettyPrint(false);
      html = cleaned.body().html();
    }
    String footer = "";
    if (digest.footer() != null) {
      footer = options.trustFooterHtml() ? digest.footer().html()
          : "<pre class=\"footer-source\">" + PageTemplate.escape(digest.footer().html()) + "</pre>";
    }
    return new Result(html, toc, footer);
  }

  /** The safelist of the jsoup pass (for tests). */
  Safelist safelist() {
    return safelist;
  }

  /** The body as commonmark-java renders it, before the jsoup pass (for tests). */
  String renderUnchecked(Digest digest) {
    try {
      return rendered(digest, new ArrayList<>());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private String rendered(Digest digest, List<TocEntry> toc) throws IOException {
    String markdown = org.digestkit.render.internal.InlineGuard.defuse(bodyMarkdown(digest));
    Node document = parser.parse(markdown);
    Slugs slugs = new Slugs(options.headingIds());
    HtmlRenderer renderer = HtmlRenderer.builder()
        .extensions(EXTENSIONS)
        .escapeHtml(true)
        .sanitizeUrls(true)
        .urlSanitizer(new SafeUrls(options.linkSchemes(), options.imageSchemes()))
        .attributeProviderFactory(context -> new Attributes(slugs, toc))
        .build();
    // HTML runs to two or three times its Markdown (links gain rel and href, headings an id): sized once
    StringBuilder raw = new StringBuilder(markdown.length() * 3);
    renderer.render(document, new BudgetedAppendable(raw, options.maxOutputChars()));
    return raw.toString();
  }

  /** The post's body as Markdown: no front matter, no H1 title (rendered apart), no footer. */
  static String bodyMarkdown(Digest d) {
    Digest body = new Digest(FrontMatter.absent(), null, d.intro(), d.sections(), null,
        d.layout().withTrailing(""));
    String md = body.toMarkdown();
    return md.startsWith("\uFEFF") ? md.substring(1) : md;
  }

  /**
   * The text a reader sees of a commonmark node as rendered here: text, code, escaped raw HTML and line breaks,
   * not an image's alternative text (an attribute). Used for heading ids and the table of contents, whose
   * entry therefore reads exactly as its heading.
   */
  static String text(Node node) {
    StringBuilder out = new StringBuilder();
    collect(node, out);
    return out.toString();
  }

  private static void collect(Node node, StringBuilder out) {
    for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
      if (c instanceof Text t) {
        out.append(t.getLiteral());
      } else if (c instanceof Code code) {
        out.append(code.getLiteral());
      } else if (c instanceof HtmlInline h) {
        out.append(h.getLiteral()); // raw HTML is escaped: it reads as text
      } else if (c instanceof SoftLineBreak || c instanceof HardLineBreak) {
        out.append('\n');
      } else if (!(c instanceof Image)) {
        collect(c, out);
      }
    }
  }

  /** Heading ids (H2–H4, collected for the table of contents), lazy images, link rel. Per render. */
  private static final class Attributes implements AttributeProvider {
    private final Slugs slugs;
    private final List<TocEntry> toc;

    Attributes(Slugs slugs, List<TocEntry> toc) {
      this.slugs = slugs;
      this.toc = toc;
    }

    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
      if (node instanceof Heading h && h.getLevel() >= 2 && h.getLevel() <= 4) {
        String text = text(h);
        String id = slugs.next(text);
        if (!id.isEmpty()) {
          attributes.put("id", id); // an empty id is not valid HTML: such a heading has none
        }
        toc.add(new TocEntry(h.getLevel(), text, id));
      } else if (node instanceof Image) {
        attributes.put("loading", "lazy");
        dropIfEmpty(attributes, "src");
      } else if (node instanceof Link) {
        attributes.put("rel", "nofollow ugc noopener");
        dropIfEmpty(attributes, "href");
      }
    }

    /** A URL the allow-list refused is empty: the attribute goes, so the element is plainly inert. */
    private static void dropIfEmpty(Map<String, String> attributes, String name) {
      if ("".equals(attributes.get(name))) {
        attributes.remove(name);
      }
    }
  }
}
