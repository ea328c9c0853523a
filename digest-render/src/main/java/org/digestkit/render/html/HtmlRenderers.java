package org.digestkit.render.html;

import java.io.IOException;
import java.util.stream.Collectors;
import org.digestkit.core.Digest;
import org.digestkit.core.model.SummaryEntry;
import org.digestkit.render.DigestRenderer;
import org.digestkit.render.RenderOptions;
import org.digestkit.render.internal.BudgetedAppendable;

/** The {@code html} (fragment) and {@code html-page} (standalone page) renderers. */
public final class HtmlRenderers {
  private HtmlRenderers() {}

  /**
   * {@return an {@code <article>} fragment: the title and the safe body; the footer only when trusted}
   *
   * @param options the options
   */
  public static DigestRenderer fragment(RenderOptions options) {
    HtmlBody body = new HtmlBody(options);
    return new DigestRenderer() {
      @Override
      public String format() {
        return "html";
      }

      @Override
      public String mediaType() {
        return "text/html; charset=utf-8";
      }

      @Override
      public void render(Digest digest, Appendable out) throws IOException {
        write(digest, body.render(digest), out);
      }

      @Override
      public String render(Digest digest) {
        try {
          HtmlBody.Result r = body.render(digest);
          // sized once: the body is most of it (growing a builder copies it again and again)
          StringBuilder out = new StringBuilder(r.html().length() + r.footer().length() + 512);
          write(digest, r, out);
          return out.toString();
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e); // a StringBuilder does not throw
        }
      }

      private void write(Digest digest, HtmlBody.Result r, Appendable out) throws IOException {
        Appendable o = new BudgetedAppendable(out, options.maxOutputChars());
        o.append("<article>\n<h1>").append(PageTemplate.escape(digest.titleText())).append("</h1>\n")
            .append(r.html()).append('\n');
        if (!r.footer().isEmpty()) {
          o.append("<footer>\n").append(r.footer()).append("\n</footer>\n");
        }
        o.append("</article>\n");
      }
    };
  }

  /**
   * {@return a standalone page through the options' {@link PageTemplate}, with a Content-Security-Policy}
   *
   * @param options the options
   */
  public static DigestRenderer page(RenderOptions options) {
    HtmlBody body = new HtmlBody(options);
    return new DigestRenderer() {
      @Override
      public String format() {
        return "html-page";
      }

      @Override
      public String mediaType() {
        return "text/html; charset=utf-8";
      }

      @Override
      public void render(Digest digest, Appendable out) throws IOException {
        HtmlBody.Result r = body.render(digest);
        String description = digest.frontMatter().summary()
            .map(s -> s.entries().stream().map(SummaryEntry::text).collect(Collectors.joining("；"))).orElse("");
        PageContext ctx = new PageContext(digest.titleText(), description, "zh-CN",
            StandardPageTemplate.CSP, r.toc(), r.html() + "\n", r.footer());
        new BudgetedAppendable(out, options.maxOutputChars()).append(options.template().page(ctx));
      }
    };
  }
}
