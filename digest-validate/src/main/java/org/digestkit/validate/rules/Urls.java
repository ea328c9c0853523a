package org.digestkit.validate.rules;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** URL facts the link rules share. */
final class Urls {
  private Urls() {}

  /** The lower-case scheme, or empty for relative URLs. */
  static String scheme(String url) {
    String u = url.strip();
    int colon = u.indexOf(':');
    if (colon <= 0) {
      return "";
    }
    String scheme = u.substring(0, colon).replaceAll("[\\s\\x00-\\x1f]", "").toLowerCase(Locale.ROOT);
    return scheme.matches("[a-z][a-z0-9+.-]*") ? scheme : "";
  }

  /** Whether the URL points at a site's root or index: http(s) with an empty or "/" path and no query. */
  static boolean isSiteRoot(String url) {
    String s = scheme(url);
    if (!s.equals("http") && !s.equals("https")) {
      return false;
    }
    try {
      URI uri = new URI(url.strip());
      String path = uri.getRawPath();
      return (path == null || path.isEmpty() || path.equals("/")) && uri.getRawQuery() == null
          && uri.getRawFragment() == null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** A key for "the same URL": scheme and host lower-cased, trailing slash and fragment dropped. */
  static String key(String url) {
    String u = url.strip();
    int hash = u.indexOf('#');
    if (hash >= 0) {
      u = u.substring(0, hash);
    }
    if (u.endsWith("/")) {
      u = u.substring(0, u.length() - 1);
    }
    int schemeEnd = u.indexOf("://");
    if (schemeEnd > 0) {
      int hostEnd = u.indexOf('/', schemeEnd + 3);
      hostEnd = hostEnd < 0 ? u.length() : hostEnd;
      u = u.substring(0, hostEnd).toLowerCase(Locale.ROOT) + u.substring(hostEnd);
    }
    return u;
  }
}
