package org.digestkit.validate.logging;

import org.digestkit.validate.DigestValidator;
import org.digestkit.validate.Finding;

/**
 * A host application with no logging set up, run in its own JVM by {@link QuietLoggingTest}: validates a post
 * whose front matter lacks a required key (so Hibernate Validator starts; a linked item makes it a digest) and prints the rule ids it got.
 */
public final class HostApplication {
  private HostApplication() {}

  /** Validates the post and prints one rule id a line on standard output. */
  public static void main(String[] args) {
    String post = "---\ntitle: 标题\n---\n\n# 标题\n\n## 模型\n\n### [新闻](https://example.com/a)\n\n正文\n";
    for (Finding f : DigestValidator.defaults().validate(post, "post.md").findings()) {
      System.out.println(f.rule());
    }
  }
}
