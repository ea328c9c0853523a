package org.digestkit.validate.rules;

import java.util.List;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.digestkit.core.Digest;
import org.digestkit.core.model.Footer;
import org.digestkit.validate.Severity;
import org.digestkit.validate.spi.RuleContext;
import org.digestkit.validate.spi.RuleOption;

/**
 * The post ends with the publisher's footer after a {@code ---} rule, byte for byte. The profile gives the
 * footer's HTML ({@code text}: what a generator such as {@code digest new} writes), or only its SHA-256
 * ({@code sha256}) when the profile must not hold a publisher's HTML; {@code digest rules footer-template}
 * explains how to compute it.
 */
public final class FooterTemplateRule extends ProfileRule {
  /** The rule with its id, default severity and description; {@link java.util.ServiceLoader} calls this. */
  public FooterTemplateRule() {
    super("footer-template", Severity.ERROR, "the post ends with the profile's footer, byte for byte");
  }

  @Override
  public List<RuleOption> declaredOptions() {
    return List.of(RuleOption.string("text", "the footer HTML itself, as a generator writes it"),
        RuleOption.string("sha256", "the SHA-256 of the footer HTML, when the profile does not hold its text"));
  }

  @Override
  public void check(RuleContext ctx) {
    Digest d = ctx.digest();
    Footer footer = d.footer();
    String text = ctx.options().string("text", null);
    String expected = ctx.options().string("sha256", null);
    if (footer == null) {
      int lines = (int) ctx.text().lines().count();
      ctx.report(Math.max(1, lines), 1, "the post has no footer (a '---' rule followed by the footer HTML)");
      return;
    }
    boolean differs = text != null ? !footer.html().equals(withoutFinalLineBreak(text))
        : expected != null && !sha256(footer.html()).equalsIgnoreCase(expected.strip());
    if (differs) {
      ctx.report(footer.source().line(), footer.source().column(), "the footer differs from the profile's footer");
    }
  }

  /** The footer text as written in YAML (a literal block ends with a line break the footer does not have). */
  private static String withoutFinalLineBreak(String text) {
    String t = text.replace("\r\n", "\n");
    return t.endsWith("\n") ? t.substring(0, t.length() - 1) : t;
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
