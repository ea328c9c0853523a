package org.digestkit.render.html;

import java.util.List;

/**
 * What a page template gets. Texts are plain (escape them); the HTML parts are already safe HTML.
 *
 * @param title the post title (plain text)
 * @param description the summary as one line (plain text)
 * @param language the page language ({@code zh-CN})
 * @param contentSecurityPolicy the policy for the page's meta tag
 * @param toc the table of contents
 * @param bodyHtml the post body as safe HTML, headings with ids
 * @param footerHtml the footer as HTML (escaped unless trusted), or empty
 */
public record PageContext(String title, String description, String language, String contentSecurityPolicy,
    List<TocEntry> toc, String bodyHtml, String footerHtml) {
  /**
   * Copies the lists, so that the value is immutable.
   *
   *
   * @param title the post title (plain text)
   * @param description the summary as one line (plain text)
   * @param language the page language ({@code zh-CN})
   * @param contentSecurityPolicy the policy for the page's meta tag
   * @param toc the table of contents
   * @param bodyHtml the post body as safe HTML, headings with ids
   * @param footerHtml the footer as HTML (escaped unless trusted), or empty
   */
  public PageContext {
    toc = List.copyOf(toc);
  }
}
