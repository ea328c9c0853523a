package org.digestkit.render;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.digestkit.core.Digest;
import org.digestkit.render.html.HeadingIdStyle;
import org.digestkit.render.html.PageTemplate;

/**
 * How renderers behave, as one immutable value. The defaults are safe for posts from untrusted authors: raw HTML
 * escaped (the footer included), links limited to http, https and mailto, images to https, and output capped.
 *
 * @param trustFooterHtml write the footer's raw HTML as is (only for posts from a trusted pipeline)
 * @param linkSchemes the URL schemes links may use
 * @param imageSchemes the URL schemes images may use
 * @param maxOutputChars the most characters one render may produce (link-reference amplification included)
 * @param baseUrl the site address feeds and relative links resolve against; empty until {@link #withSite} sets
 *     one (feeds refuse to render without it rather than invent an address)
 * @param siteTitle the feed or site title
 * @param postLink the address of a post on the site, for feeds: absolute, or relative to {@code baseUrl} (see
 *     {@link Permalink})
 * @param template the HTML page template
 * @param canonicalMarkdown whether the Markdown renderer writes the canonical style instead of the source
 * @param headingIds how HTML heading ids are made
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
    boolean canonicalMarkdown,
    HeadingIdStyle headingIds) {

  private static final RenderOptions DEFAULTS = new RenderOptions(false, Set.of("http", "https", "mailto"),
      Set.of("https"), 8 * 1024 * 1024, "", "Digest", RenderOptions::noLink, PageTemplate.standard(), false,
      HeadingIdStyle.GITHUB);

  /**
   * Checks the components and copies the lists.
   *
   *
   * @param trustFooterHtml write the footer's raw HTML as is (only for posts from a trusted pipeline)
   * @param linkSchemes the URL schemes links may use
   * @param imageSchemes the URL schemes images may use
   * @param maxOutputChars the most characters one render may produce (link-reference amplification included)
   * @param baseUrl the site address feeds and relative links resolve against; empty until {@link #withSite} sets one
   *     (feeds refuse to render without it rather than invent an address)
   * @param siteTitle the feed or site title
   * @param postLink the address of a post on the site, for feeds: absolute, or relative to {@code baseUrl} (see
   *     {@link Permalink})
   * @param template the HTML page template
   * @param canonicalMarkdown whether the Markdown renderer writes the canonical style instead of the source
   * @param headingIds how HTML heading ids are made
   */
  public RenderOptions {
    linkSchemes = Set.copyOf(linkSchemes);
    imageSchemes = Set.copyOf(imageSchemes);
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(siteTitle, "siteTitle");
    Objects.requireNonNull(postLink, "postLink");
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(headingIds, "headingIds");
    if (!baseUrl.isEmpty()) {
      checkSiteUrl(baseUrl);
    }
    if (maxOutputChars <= 0) {
      throw new IllegalArgumentException("maxOutputChars must be positive");
    }
  }

  /** {@return the safe defaults} */
  public static RenderOptions defaults() {
    return DEFAULTS;
  }

  private static String noLink(Digest d) {
    throw new RenderException("no address for the post: set the site with RenderOptions.withSite");
  }

  /** Refuses a site address that is not an absolute http(s) URL with a host. */
  private static void checkSiteUrl(String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getQuery() != null
          || uri.getFragment() != null) {
        throw new IllegalArgumentException("the site address must be an absolute http or https URL without query "
            + "or fragment, like https://blog.example.org/ (got '" + url + "')");
      }
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("the site address is not a URL: '" + url + "' (" + e.getReason() + ")");
    }
  }

  /**
   * {@return a copy that writes the footer's raw HTML as is}
   *
   * @param trusted whether to write the footer's raw HTML as is
   */
  public RenderOptions withTrustedFooter(boolean trusted) {
    return new RenderOptions(trusted, linkSchemes, imageSchemes, maxOutputChars, baseUrl, siteTitle, postLink,
        template, canonicalMarkdown, headingIds);
  }

  /**
   * {@return a copy with another output budget}
   *
   * @param chars the most characters one render may produce
   */
  public RenderOptions withMaxOutputChars(int chars) {
    return new RenderOptions(trustFooterHtml, linkSchemes, imageSchemes, chars, baseUrl, siteTitle, postLink,
        template, canonicalMarkdown, headingIds);
  }

  /**
   * {@return a copy for a site: its address (an absolute http or https URL), title, and how a post's address is made
   * from the post ({@link Permalink#link} builds one from a pattern and the post's file)}
   *
   * @param url the address
   * @param title the title
   * @param link the link
   * @throws IllegalArgumentException when {@code url} is not an absolute http or https URL
   */
  public RenderOptions withSite(String url, String title, Function<Digest, String> link) {
    checkSiteUrl(url);
    return new RenderOptions(trustFooterHtml, linkSchemes, imageSchemes, maxOutputChars, url, title, link,
        template, canonicalMarkdown, headingIds);
  }

  /**
   * {@return a copy with another page template}
   *
   * @param pageTemplate the page template
   */
  public RenderOptions withTemplate(PageTemplate pageTemplate) {
    return new RenderOptions(trustFooterHtml, linkSchemes, imageSchemes, maxOutputChars, baseUrl, siteTitle,
        postLink, pageTemplate, canonicalMarkdown, headingIds);
  }

  /**
   * {@return a copy whose Markdown renderer writes the canonical style}
   *
   * @param canonical whether to write the canonical style
   */
  public RenderOptions withCanonicalMarkdown(boolean canonical) {
    return new RenderOptions(trustFooterHtml, linkSchemes, imageSchemes, maxOutputChars, baseUrl, siteTitle,
        postLink, template, canonical, headingIds);
  }

  /**
   * {@return a copy that makes heading ids in another style}
   *
   * @param style the style
   */
  public RenderOptions withHeadingIds(HeadingIdStyle style) {
    return new RenderOptions(trustFooterHtml, linkSchemes, imageSchemes, maxOutputChars, baseUrl, siteTitle,
        postLink, template, canonicalMarkdown, style);
  }

  /** {@return whether {@link #withSite} has set the site's address} */
  public boolean hasSite() {
    return !baseUrl.isEmpty();
  }

  /**
   * {@return the absolute address of a post: its link, resolved against the site's address when relative, and checked
   * to be an absolute http or https URL}
   *
   * @param d the post
   * @throws RenderException when no site is set, or the link is not a valid URL
   */
  public String absoluteLink(Digest d) {
    if (!hasSite()) {
      throw new RenderException("no site address: set it with RenderOptions.withSite (the CLI's --site-url)");
    }
    String link = postLink.apply(d);
    String absolute;
    if (link.regionMatches(true, 0, "http://", 0, 7) || link.regionMatches(true, 0, "https://", 0, 8)) {
      absolute = link;
    } else {
      String relative = link.startsWith("/") ? link.substring(1) : link;
      absolute = baseUrl.endsWith("/") ? baseUrl + relative : baseUrl + "/" + relative;
    }
    try {
      URI uri = new URI(absolute);
      if (uri.getHost() == null) {
        throw new RenderException("the post's address has no host: " + absolute);
      }
      return uri.toASCIIString();
    } catch (URISyntaxException e) {
      throw new RenderException("the post's address is not a valid URL: " + absolute + " (" + e.getReason() + ")");
    }
  }

  /**
   * {@return the options, with the post link function and the page template named ({@code none}, {@code
   * standard} or {@code custom}) rather than printed as objects}
   */
  @Override
  public String toString() {
    String link = postLink == DEFAULTS.postLink ? "none" : "custom";
    String page = template == DEFAULTS.template ? "standard" : "custom";
    return "RenderOptions[trustFooterHtml=" + trustFooterHtml + ", linkSchemes=" + linkSchemes + ", imageSchemes="
        + imageSchemes + ", maxOutputChars=" + maxOutputChars + ", baseUrl=" + baseUrl + ", siteTitle=" + siteTitle
        + ", postLink=" + link + ", template=" + page + ", canonicalMarkdown=" + canonicalMarkdown + ", headingIds="
        + headingIds + "]";
  }
}
