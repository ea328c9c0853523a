package org.digestkit.validate.rules;

import java.util.Locale;


/** URL facts the link rules share. */
final class Urls {
  private Urls() {}

  /** The lower-case scheme, or empty for relative URLs. */
  static String scheme(String url) {
    if (url.startsWith("https://")) {
      return "https"; // nearly every link: no copy, no loop
    }
    if (url.startsWith("http://")) {
      return "http";
    }
    String u = url.strip();
    int colon = u.indexOf(':');
    if (colon <= 0) {
      return "";
    }
    StringBuilder scheme = new StringBuilder(colon);
    for (int i = 0; i < colon; i++) {
      char c = u.charAt(i);
      if (c <= ' ') {
        continue; // browsers drop controls and white space inside a scheme ("java\tscript:")
      }
      char l = Character.toLowerCase(c);
      boolean ok = l >= 'a' && l <= 'z' || scheme.length() > 0 && (l >= '0' && l <= '9' || l == '+' || l == '.'
          || l == '-');
      if (!ok) {
        return "";
      }
      scheme.append(l);
    }
    return scheme.toString();
  }

  /** Whether the URL points at a site's root or index: http(s) with an empty or "/" path and no query. */
  static boolean isSiteRoot(String url) {
    String s = scheme(url);
    if (!s.equals("http") && !s.equals("https")) {
      return false;
    }
    String u = url.strip();
    int authority = u.indexOf("//");
    if (authority < 0) {
      return false;
    }
    int i = authority + 2;
    char c;
    while (i < u.length() && (c = u.charAt(i)) != '/' && c != '?' && c != '#') {
      i++;
    }
    return i == u.length() || i == u.length() - 1 && u.charAt(i) == '/'; // nothing or "/" after the host
  }

  /**
   * Whether {@code url} is its own key: {@code https://} or {@code http://}, a host without upper-case letters, no
   * fragment, no trailing slash, no surrounding white space.
   */
  static boolean isPlainKey(String url) {
    int host = url.startsWith("https://") ? 8 : url.startsWith("http://") ? 7 : -1;
    if (host < 0 || url.endsWith("/") || url.indexOf('#') >= 0
        || Character.isWhitespace(url.charAt(url.length() - 1))) {
      return false;
    }
    for (int i = host; i < url.length() && url.charAt(i) != '/'; i++) {
      char c = url.charAt(i);
      if (c >= 'A' && c <= 'Z' || c > 0x7F) {
        return false;
      }
    }
    return true;
  }

  /** A key for "the same URL": scheme and host lower-cased, trailing slash and fragment dropped. */
  static String key(String url) {
    return isPlainKey(url) ? url : keyByParts(url); // nearly every link is plain: nothing to drop or lower-case
  }

  /** {@link #key}, always computed part by part. */
  static String keyByParts(String url) {
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
