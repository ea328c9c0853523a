package org.digestkit.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.digestkit.core.internal.Decoding;
import org.digestkit.core.internal.DocumentReader;
import org.jspecify.annotations.Nullable;

/**
 * Parses posts into {@link Digest} values. Configure once with {@link #builder()}, then use from any number of
 * threads: a parser is immutable and each call keeps its own state.
 *
 * <p>Every problem with the input — not UTF-8, a broken or hostile front matter, a control character, input
 * over a {@link ParseLimits limit} — is a {@link DigestParseException} with the line and column in the file.
 */
public final class DigestParser {

  private static final DigestParser DEFAULTS = new DigestParser(ParseLimits.defaults());

  private final ParseLimits limits;
  private final DocumentReader reader;

  private DigestParser(ParseLimits limits) {
    this.limits = limits;
    this.reader = new DocumentReader(limits);
  }

  /** {@return the shared parser with default limits} */
  public static DigestParser defaults() {
    return DEFAULTS;
  }

  /** {@return a builder for a parser with other limits} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the limits this parser enforces} */
  public ParseLimits limits() {
    return limits;
  }

  /**
   * Parses a post.
   *
   * @param markdown the post's Markdown text
   * @return the post
   */
  public Digest parse(String markdown) {
    return parse(markdown, null);
  }

  /**
   * Parses a post; {@code fileName} is named in errors.
   *
   * @param markdown the post's Markdown text
   * @param fileName the file name for messages, or null
   * @return the post
   */
  public Digest parse(String markdown, @Nullable String fileName) {
    Objects.requireNonNull(markdown, "markdown");
    return digest(reader.read(markdown, fileName));
  }

  /**
   * Parses a post and also returns the {@link LineIndex} it was read with, so that a tool mapping offsets of
   * {@code markdown} to lines (a validator, an editor) need not find the line breaks again.
   *
   * @param markdown the post's Markdown text
   * @param fileName the file name for messages, or null
   * @return the post and the index of its lines
   */
  public Indexed parseIndexed(String markdown, @Nullable String fileName) {
    Objects.requireNonNull(markdown, "markdown");
    DocumentReader.Parts parts = reader.read(markdown, fileName);
    return new Indexed(digest(parts), LineIndex.of(parts.lines()));
  }

  /**
   * A post and the index of the lines of its text (without the byte order mark, which the layout records).
   *
   * @param digest the post
   * @param lines where each line of the text starts
   */
  public record Indexed(Digest digest, LineIndex lines) {
    /**
     * Checks the components.
     *
     * @param digest the post
     * @param lines where each line of the text starts
     */
    public Indexed {
      Objects.requireNonNull(digest, "digest");
      Objects.requireNonNull(lines, "lines");
    }
  }

  private static Digest digest(DocumentReader.Parts parts) {
    return new Digest(parts.frontMatter(), parts.title(), parts.intro(), parts.sections(), parts.footer(),
        parts.layout());
  }

  /**
   * Parses strict UTF-8 bytes (a leading BOM is kept in the layout).
   *
   * @param utf8 the post's bytes, UTF-8
   * @return the post
   */
  public Digest parse(byte[] utf8) {
    return parse(utf8, null);
  }

  /**
   * Parses strict UTF-8 bytes; {@code fileName} is named in errors.
   *
   * @param utf8 the post's bytes, UTF-8
   * @param fileName the file name for messages, or null
   * @return the post
   */
  public Digest parse(byte[] utf8, @Nullable String fileName) {
    String text;
    try {
      text = Decoding.utf8(utf8, limits.maxPostChars());
    } catch (DigestParseException e) {
      throw fileName == null ? e : e.inFile(fileName);
    }
    return parse(text, fileName);
  }

  /**
   * Reads and parses a file.
   *
   * @param file the file
   * @return the post
   * @throws IOException when the file cannot be read
   */
  public Digest parse(Path file) throws IOException {
    return parse(readText(file), file.toString());
  }

  /**
   * Reads a post file as strict UTF-8 text under this parser's size limit: the text {@link #parse(Path)} parses,
   * for callers that need both (a validator reporting positions, say) without writing the post back.
   *
   * @param file the file
   * @throws DigestParseException when the file is too large or not UTF-8 (with line and column)
   * @return the file's text, decoded strictly
   * @throws IOException when the file cannot be read
   */
  public String readText(Path file) throws IOException {
    long size = Files.size(file);
    if (size > (long) limits.maxPostChars() * 3L) {
      throw new DigestParseException("too-large", "the post is larger than the limit of " + limits.maxPostChars()
          + " characters", 1, 1, file.toString());
    }
    try {
      return Decoding.utf8(Files.readAllBytes(file), limits.maxPostChars());
    } catch (DigestParseException e) {
      throw e.inFile(file.toString());
    }
  }

  /**
   * Reads and parses a stream, reading at most the size limit.
   *
   * @param in the stream, read to its end
   * @return the post
   * @throws IOException when the stream cannot be read
   */
  public Digest parse(InputStream in) throws IOException {
    int max = limits.maxPostChars() * 3 + 4;
    byte[] bytes = in.readNBytes(max + 1);
    if (bytes.length > max) {
      throw new DigestParseException("too-large", "the post is larger than the limit of " + limits.maxPostChars()
          + " characters", 1, 1, null);
    }
    return parse(bytes);
  }

  /** Configures a {@link DigestParser}. */
  public static final class Builder {
    private ParseLimits limits = ParseLimits.defaults();

    private Builder() {}

    /**
     * The limits to enforce (default {@link ParseLimits#defaults()}).
     *
     * @param value the value
     * @return this builder
     */
    public Builder limits(ParseLimits value) {
      this.limits = Objects.requireNonNull(value, "limits");
      return this;
    }

    /** {@return the parser} */
    public DigestParser build() {
      return new DigestParser(limits);
    }
  }
}
