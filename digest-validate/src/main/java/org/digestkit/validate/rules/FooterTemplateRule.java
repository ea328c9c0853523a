package org.digestkit.validate.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.digestkit.core.Digest;
import org.digestkit.core.model.Footer;
import org.digestkit.validate.Severity;
import org.digestkit.validate.spi.RuleContext;

/**
 * The post ends with the publisher's footer after a {@code ---} rule, byte for byte. The profile gives the
 * footer's SHA-256 ({@code sha256}) rather than its text, so that a profile never has to copy a publisher's
 * HTML; {@code digest rules footer-template} explains how to compute it.
 */
public final class FooterTemplateRule extends ProfileRule {
  public FooterTemplateRule() {
    super("footer-template", Severity.ERROR, "the post ends with the profile's footer, byte for byte");
  }

  @Override
  public void check(RuleContext ctx) {
    Digest d = ctx.digest();
    Footer footer = d.footer();
    String expected = ctx.options().string("sha256", null);
    if (footer == null) {
      int lines = (int) ctx.text().lines().count();
      ctx.report(Math.max(1, lines), 1, "the post has no footer (a '---' rule followed by the footer HTML)");
      return;
    }
    if (expected != null && !sha256(footer.html()).equalsIgnoreCase(expected.strip())) {
      ctx.report(footer.source().line(), footer.source().column(), "the footer differs from the profile's footer");
    }
  }

  /** The hex SHA-256 of the footer HTML as UTF-8 (line breaks as {@code \n}, no final newline). */
  public static String sha256(String html) {
    String[] last = lastFooter; // posts of one blog share their footer: comparing text costs less than hashing
    if (last != null && last[0].equals(html)) {
      return last[1];
    }
    try {
      String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
          html.getBytes(StandardCharsets.UTF_8)));
      lastFooter = new String[] {html, hash};
      return hash;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The last footer hashed and its hash (an immutable pair, replaced whole, so safe to share). */
  private static volatile String[] lastFooter;
}
