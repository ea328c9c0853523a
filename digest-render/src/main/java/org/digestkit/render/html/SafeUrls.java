package org.digestkit.render.html;

import java.util.Locale;
import java.util.Set;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * The URL allow-list of safe rendering: a link or image URL passes only with an allowed scheme, or as a relative
 * path; protocol-relative URLs ({@code //host}), control characters and white space (after entity decoding by
 * the parser) and every other scheme ({@code javascript:}, {@code data:}, …) become empty.
 */
final class SafeUrls implements UrlSanitizer {
  private final Set<String> linkSchemes;
  private final Set<String> imageSchemes;

  SafeUrls(Set<String> linkSchemes, Set<String> imageSchemes) {
    this.linkSchemes = linkSchemes;
    this.imageSchemes = imageSchemes;
  }

  @Override
  public String sanitizeLinkUrl(String url) {
    return allowed(url, linkSchemes) ? url : "";
  }

  @Override
  public String sanitizeImageUrl(String url) {
    return allowed(url, imageSchemes) ? url : "";
  }

  static boolean allowed(String url, Set<String> schemes) {
    if (url.isEmpty()) {
      return false;
    }
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c <= 0x20 || c == 0x7F || c >= 0x80 && c <= 0x9F) {
        return false;
      }
    }
    if (url.startsWith("//") || url.startsWith("\\\\") || url.startsWith("/\\")) {
      return false;
    }
    int colon = url.indexOf(':');
    int slash = url.indexOf('/');
    int question = url.indexOf('?');
    int hash = url.indexOf('#');
    boolean hasScheme = colon > 0 && (slash < 0 || colon < slash) && (question < 0 || colon < question)
        && (hash < 0 || colon < hash);
    if (!hasScheme) {
      return true; // relative
    }
    String scheme = url.substring(0, colon).toLowerCase(Locale.ROOT);
    return schemes.contains(scheme);
  }
}
