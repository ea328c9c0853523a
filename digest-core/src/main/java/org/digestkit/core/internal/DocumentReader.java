package org.digestkit.core.internal;

import org.digestkit.core.DigestParseException;
import org.digestkit.core.ParseLimits;
import org.digestkit.core.model.FrontMatter;
import org.digestkit.core.model.TextLayout;

/**
 * Reads a whole post: checks size and characters, splits the front matter from the body and reads both,
 * emitting every element through one {@link Cursor} so that the parsed model covers the text exactly.
 * Thread-safe.
 */
public final class DocumentReader {

  /** What a post was read into; the facade turns it into a {@code Digest}. */
  public record Parts(FrontMatter frontMatter, BodyParser.Body body, TextLayout layout, Lines lines) {
    /** {@return the body's title heading, or null} */
    public org.digestkit.core.model.Heading title() {
      return body.title();
    }

    /** {@return the blocks between the title and the first section} */
    public java.util.List<org.digestkit.core.model.Block> intro() {
      return body.intro();
    }

    /** {@return the body's top-level sections} */
    public java.util.List<org.digestkit.core.model.Section> sections() {
      return body.sections();
    }

    /** {@return the footer, or null} */
    public org.digestkit.core.model.Footer footer() {
      return body.footer();
    }
  }

  private final ParseLimits limits;
  private final FrontMatterReader frontMatterReader;
  private final BodyParser bodyParser;

  /** A reader that holds every post to {@code limits}. */
  public DocumentReader(ParseLimits limits) {
    this.limits = limits;
    this.frontMatterReader = new FrontMatterReader(limits);
    this.bodyParser = new BodyParser(limits);
  }

  /** Reads {@code input}; {@code file} names it in errors (null when unknown). */
  public Parts read(String input, String file) {
    boolean bom = !input.isEmpty() && input.charAt(0) == '\uFEFF';
    String text = bom ? input.substring(1) : input;
    Lines lines = new Lines(text);
    Cursor cursor = new Cursor(lines, file);
    if (text.length() > limits.maxPostChars()) {
      throw cursor.error("too-large", "the post is larger than the limit of " + limits.maxPostChars()
          + " characters", 0);
    }
    FrontMatter frontMatter = FrontMatter.absent();
    int bodyLine = 0;
    if (lines.count() > 0 && FrontMatterReader.isFence(lines.line(0), "---")) {
      int close = FrontMatterReader.closingFence(lines, 0);
      if (close < 0) {
        throw cursor.error("front-matter-unclosed", "the front matter opened on line 1 is not closed by a '---' line",
            0);
      }
      // YAML forbids control characters; in the body they are kept and reported by validation instead
      int bad = ControlCharacters.find(text, lines.start(close));
      if (bad >= 0) {
        boolean surrogate = Character.isSurrogate(text.charAt(bad));
        throw cursor.error(surrogate ? "lone-surrogate" : "control-character",
            (surrogate ? "lone surrogate " : "control character ") + ControlCharacters.describe(text.charAt(bad))
                + " is not allowed in the front matter", bad);
      }
      frontMatter = frontMatterReader.read(lines, 0, close, cursor);
      bodyLine = close + 1;
    }
    BodyParser.Body body = bodyParser.parse(lines, bodyLine, cursor);
    TextLayout layout = new TextLayout(bom, lines.lineSeparator(), cursor.rest());
    return new Parts(frontMatter, body, layout, lines);
  }
}
