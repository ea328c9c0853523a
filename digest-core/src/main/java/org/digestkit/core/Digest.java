package org.digestkit.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.digestkit.core.io.AtomicFile;
import org.digestkit.core.model.Block;
import org.digestkit.core.model.Footer;
import org.digestkit.core.model.FrontMatter;
import org.digestkit.core.model.Heading;
import org.digestkit.core.model.Item;
import org.digestkit.core.model.MoreEntry;
import org.digestkit.core.model.Section;
import org.digestkit.core.model.SectionElement;
import org.digestkit.core.model.SectionRole;
import org.digestkit.core.model.TextLayout;
import org.jspecify.annotations.Nullable;

/**
 * A digest post: front matter, the H1 title, intro blocks, sections and the footer. An immutable value; edit it
 * with the {@code with…} methods or {@link #toBuilder()}, write it with {@link #toMarkdown()}.
 *
 * <pre>{@code
 * Digest digest = Digest.parse(Path.of("posts/2026-07-02.md"));
 * Item first = digest.items().get(0);
 * Digest edited = digest.replaceItem(first, first.withUrl("https://example.com/story"));
 * String markdown = edited.toMarkdown();   // only the edited line differs from the file
 * }</pre>
 *
 * @param frontMatter the YAML front matter ({@link FrontMatter#absent()} when there is none)
 * @param title the H1 heading on the body's first line, or null
 * @param intro blocks between the title and the first section
 * @param sections the sections in order
 * @param footer the trailer after the last {@code ---}, or null
 * @param layout BOM, line separator and final text; not part of equality
 */
public record Digest(
    FrontMatter frontMatter,
    @Nullable Heading title,
    List<Block> intro,
    List<Section> sections,
    @Nullable Footer footer,
    TextLayout layout) {

  /**
   * Checks the components and copies the lists.
   *
   *
   * @param frontMatter the YAML front matter ({@link FrontMatter#absent()} when there is none)
   * @param title the H1 heading on the body's first line, or null
   * @param intro blocks between the title and the first section
   * @param sections the sections in order
   * @param footer the trailer after the last {@code ---}, or null
   * @param layout BOM, line separator and final text; not part of equality
   */
  public Digest {
    Objects.requireNonNull(frontMatter, "frontMatter");
    intro = List.copyOf(intro);
    sections = List.copyOf(sections);
    Objects.requireNonNull(layout, "layout");
  }

  // ------------------------------------------------------------------ reading

  /**
   * Parses a post with the default limits.
   *
   * @param markdown the post's Markdown text
   * @return the post
   */
  public static Digest parse(String markdown) {
    return DigestParser.defaults().parse(markdown);
  }

  /**
   * Reads and parses a UTF-8 file; errors name the file.
   *
   * @param file the file
   * @return the post
   * @throws IOException when the file cannot be read
   */
  public static Digest parse(Path file) throws IOException {
    return DigestParser.defaults().parse(file);
  }

  /**
   * Reads and parses a UTF-8 stream.
   *
   * @param in the stream, read to its end
   * @return the post
   * @throws IOException when the stream cannot be read
   */
  public static Digest parse(InputStream in) throws IOException {
    return DigestParser.defaults().parse(in);
  }

  /**
   * Parses UTF-8 bytes.
   *
   * @param utf8 the post's bytes, UTF-8
   * @return the post
   */
  public static Digest parse(byte[] utf8) {
    return DigestParser.defaults().parse(utf8);
  }

  // ------------------------------------------------------------------ writing

  /** {@return the post as Markdown: byte for byte the source where unedited, canonical where edited or new} */
  public String toMarkdown() {
    return DigestWriter.lossless().write(this);
  }

  /**
   * Writes {@link #toMarkdown()} to {@code file} as UTF-8, in full or not at all, with {@link AtomicFile}: through
   * a temporary file in the same folder, forced to disk and renamed over it; a replaced file keeps its mode, owner
   * and group, a new one gets the umask's mode. A symbolic link is followed (the link stays a link); a read-only
   * or hard-linked file, a folder or a block device is refused with an {@link IOException} naming the reason.
   *
   * @param file the file
   * @throws IOException when the file cannot be written (or the write is refused)
   */
  public void writeTo(Path file) throws IOException {
    AtomicFile.write(file, toMarkdown().getBytes(StandardCharsets.UTF_8));
  }

  /** {@return the post as Markdown in canonical style, ignoring how the source was written} */
  public String toCanonicalMarkdown() {
    return DigestWriter.canonical().write(this);
  }

  /**
   * {@return where writing this post would change what it means, as {@code line L, column C …}, or empty when it would
   * not} It checks that {@link #toMarkdown()} reads back as this post (the model: a built or edited post may hold what
   * Markdown cannot, a paragraph {@code 1. x} reads back as a list), and that the canonical form renders to the same
   * HTML as {@link #toMarkdown()} by plain commonmark-java with GFM tables — the CommonMark meaning, found
   * independently of digestkit's parser and renderers. {@code fmt}, {@code convert} and {@link DigestBuilder#build()}
   * refuse what this reports.
   */
  public Optional<String> readBackDifference() {
    return ReadBack.difference(this);
  }

  // ------------------------------------------------------------------ building

  /** {@return a builder for a new post in canonical style} */
  public static DigestBuilder builder() {
    return new DigestBuilder();
  }

  /** {@return a builder that starts from this post; what it does not change is written as before} */
  public DigestBuilder toBuilder() {
    return new DigestBuilder(this);
  }

  // ------------------------------------------------------------------ views

  /** {@return the title text: the front-matter {@code title}, else the H1's text, else empty} */
  public String titleText() {
    return frontMatter.title().orElse(title == null ? "" : title.title());
  }

  /**
   * {@return every news item in order: items below topic sections (nested ones included) and story sections read as
   * items (the H2-as-item layout)} Nothing in a "more" section, at any level, is a news item: its one-line entries
   * are in {@link #moreEntries()}. The validation rules that count or match items read this list.
   */
  public List<Item> items() {
    List<Item> out = new ArrayList<>();
    for (Section s : sections) {
      if (s.role() == SectionRole.STORY) {
        out.add(s.asItem());
      } else if (s.role() != SectionRole.MORE) {
        for (Item item : s.items()) {
          out.add(item);
        }
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** {@return every one-line entry in order, from "more" sections, list sections and sub-more groups} */
  public List<MoreEntry> moreEntries() {
    List<MoreEntry> out = new ArrayList<>();
    for (Section s : sections) {
      out.addAll(s.moreEntries());
    }
    return Collections.unmodifiableList(out);
  }

  /** {@return every section in document order, nested ones included} */
  public List<Section> allSections() {
    List<Section> out = new ArrayList<>();
    for (Section s : sections) {
      collect(s, out);
    }
    return Collections.unmodifiableList(out);
  }

  private static void collect(Section s, List<Section> out) {
    out.add(s);
    for (Section nested : s.subsections()) {
      collect(nested, out);
    }
  }

  // ------------------------------------------------------------------ edits

  /**
   * {@return a copy with other front matter}
   *
   * @param newFrontMatter the front matter of the copy
   */
  public Digest withFrontMatter(FrontMatter newFrontMatter) {
    return new Digest(newFrontMatter, title, intro, sections, footer, layout);
  }

  /**
   * {@return a copy with another title in both the front matter and the H1}
   *
   * @param newTitle the title of the copy
   */
  public Digest withTitle(String newTitle) {
    Heading h1 = title == null ? Heading.of(1, newTitle) : title.withTitle(newTitle);
    return new Digest(frontMatter.with("title", newTitle), h1, intro, sections, footer, layout);
  }

  /**
   * {@return a copy with other intro blocks}
   *
   * @param newIntro the intro of the copy
   */
  public Digest withIntro(List<Block> newIntro) {
    return new Digest(frontMatter, title, newIntro, sections, footer, layout);
  }

  /**
   * {@return a copy with other sections}
   *
   * @param newSections the sections of the copy
   */
  public Digest withSections(List<Section> newSections) {
    return new Digest(frontMatter, title, intro, newSections, footer, layout);
  }

  /**
   * {@return a copy with another footer (null for none)}
   *
   * @param newFooter the footer of the copy
   */
  public Digest withFooter(@Nullable Footer newFooter) {
    return new Digest(frontMatter, title, intro, sections, newFooter, layout);
  }

  /**
   * {@return a copy with another layout (line separator, BOM, final text)}
   *
   * @param newLayout the layout of the copy
   */
  public Digest withLayout(TextLayout newLayout) {
    return new Digest(frontMatter, title, intro, sections, footer, newLayout);
  }

  /**
   * {@return a copy where the item {@code original} (found by identity, wherever it is nested, including a story
   * section's own heading and blocks) is replaced by {@code replacement}}
   *
   * @param original the item to replace, found by identity
   * @param replacement what takes its place
   * @throws IllegalArgumentException if the item is not part of this post
   */
  public Digest replaceItem(Item original, Item replacement) {
    return new Edits(original, replacement).apply(this);
  }

  /**
   * {@return a copy where the item {@code original} is removed}
   *
   * @param original the item to remove, found by identity
   * @throws IllegalArgumentException if the item is not part of this post
   */
  public Digest removeItem(Item original) {
    return new Edits(original, null).apply(this);
  }

  /**
   * {@return a copy where the entry {@code original} (found by identity) is replaced by {@code replacement}}
   *
   * @param original the entry to replace, found by identity
   * @param replacement what takes its place
   * @throws IllegalArgumentException if the entry is not part of this post
   */
  public Digest replaceEntry(MoreEntry original, MoreEntry replacement) {
    return new Edits(original, replacement).apply(this);
  }

  /**
   * {@return a copy where the entry {@code original} is removed}
   *
   * @param original the entry to remove, found by identity
   * @throws IllegalArgumentException if the entry is not part of this post
   */
  public Digest removeEntry(MoreEntry original) {
    return new Edits(original, null).apply(this);
  }
}
