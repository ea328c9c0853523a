package org.digestkit.validate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The documentation page of a built-in rule ({@code docs/rules/<id>.md}, shipped in the jar). */
public final class RuleDocs {
  private RuleDocs() {}

  /**
   * {@return the Markdown page for {@code ruleId}, if digestkit documents it}
   *
   * @param ruleId the rule's id
   */
  public static Optional<String> page(String ruleId) {
    if (!ruleId.matches("[a-z0-9-]+")) {
      return Optional.empty();
    }
    try (InputStream in = RuleDocs.class.getResourceAsStream("rules/docs/" + ruleId + ".md")) {
      return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * {@return the web address of a rule's page, for SARIF help links and messages}
   *
   * @param ruleId the rule's id
   */
  public static String url(String ruleId) {
    return "https://github.com/digestkit/digestkit/blob/main/docs/rules/" + ruleId + ".md";
  }
}
