package org.digestkit.render;

import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.digestkit.core.Digest;
import org.digestkit.render.html.PageTemplate;

/**
 * How renderers behave, as one immutable value. The defaults are safe for posts from untrusted authors: raw HTML
 * escaped (the footer included), links limited to http, https and mailto, images to https, and output capped.
 *
 * @param trustFooterHtml write the footer's raw HTML as is (only for posts from a trusted pipeline)
 * @param linkSchemes the URL schemes links may use
 * @param imageSchemes the URL schemes images may use
 * @param maxOutputChars the most characters one render may produce (link-reference amplification included)
 * @param baseUrl the site address feeds and relative links resolve against
 * @param siteTitle the feed or site title
 * @param postLink the address of a post on the site, for feeds
 * @param template the HTML page template
 * @param canonicalMarkdown whether the Markdown renderer writes the canonical style instead of the source
 */
public record RenderOptions(
    boolean trustFooterHtml,
    Set<String> linkSchemes,
    Set<String> imageSchemes,
    int maxOutputChars,
    String baseUrl,
    String siteTitle,
    Function<Digest, String> postLink,
    PageTemplate template,
    boolean canonicalMarkdown) {

  private static final RenderOptions DEFAULTS = new RenderOptions(false, Set.of("http", "https", "mailto"),
      Set.of("https"), 8 * 1024 * 1024, "https://example.invalid/", "Digest", RenderOptions::defaultLink,
      PageTemplate.standard(), false);

  public RenderOptions {
    linkSchemes = Set.copyOf(linkSchemes);
    imageSchemes = Set.copyOf(imageSchemes);
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(siteTitle, "siteTitle");
    Objects.requireNonNull(postLink, "postLink");
    Objects.requireNonNull(template, "template");
    if (maxOutputChars <= 0) {
      throw new IllegalArgumentException("maxOutputChars must be positive");
    }
  }

  /** The safe defaults. */
  public static RenderOptions defaults() {
    return DEFAULTS;
  }

  private static String defaultLink(Digest d) {
    String date = d.frontMatter().dateText().orElse("post");
    return date + "/";
  }

  /** A copy that writes the footer's raw HTML as is. */
  public RenderOptions withTrustedFooter(boolean trusted) {
    return new RenderOptions(trusted, linkSchemes, imageSchemes, maxOutputChars, baseUrl, siteTitle, postLink,
        template, canonicalMarkdown);
  }

  /** A copy with another output budget. */
  public RenderOptions withMaxOutputChars(int chars) {
    return new RenderOptions(trustFooterHtml, linkSchemes, imageSchemes, chars, baseUrl, siteTitle, postLink,
        template, canonicalMarkdown);
  }

  /** A copy for a site: its address, title, and how a post's address is made from the post. */
  public RenderOptions withSite(String url, String title, Function<Digest, String> link) {
    return new RenderOptions(trustFooterHtml, linkSchemes, imageSchemes, maxOutputChars, url, title, link,
        template, canonicalMarkdown);
  }

  /** A copy with another page template. */
  public RenderOptions withTemplate(PageTemplate pageTemplate) {
    return new RenderOptions(trustFooterHtml, linkSchemes, imageSchemes, maxOutputChars, baseUrl, siteTitle,
        postLink, pageTemplate, canonicalMarkdown);
  }

  /** A copy whose Markdown renderer writes the canonical style. */
  public RenderOptions withCanonicalMarkdown(boolean canonical) {
    return new RenderOptions(trustFooterHtml, linkSchemes, imageSchemes, maxOutputChars, baseUrl, siteTitle,
        postLink, template, canonical);
  }

  /** The absolute address of a post. */
  public String absoluteLink(Digest d) {
    String link = postLink.apply(d);
    if (link.startsWith("http://") || link.startsWith("https://")) {
      return link;
    }
    return baseUrl.endsWith("/") || link.startsWith("/") ? baseUrl + link : baseUrl + "/" + link;
  }
}
