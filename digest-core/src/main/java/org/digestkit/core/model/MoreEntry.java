package org.digestkit.core.model;

import java.util.Objects;
import java.util.Optional;
import org.digestkit.core.markdown.MarkdownInline;
import org.jspecify.annotations.Nullable;

/**
 * A one-line entry of a "more" section or list section: {@code - [title](url)：description}.
 *
 * @param marker the list marker ({@code -} or {@code 1.})
 * @param form how the entry is written
 * @param title the title as written inside the link or bold (inline Markdown)
 * @param url the link destination, or null for an entry without a link
 * @param separator what separates title and description ({@code ：}, {@code ，}, {@code  — }, empty, …)
 * @param description the description after the separator (inline Markdown), possibly empty
 * @param source where the element was read from and how it was written there ({@link SourceInfo#NONE} when built)
 */
public record MoreEntry(
    String marker,
    MoreEntryForm form,
    String title,
    @Nullable String url,
    String separator,
    String description,
    SourceInfo source) {

  /**
   * Checks the components.
   *
   * @param marker the list marker ({@code -} or {@code 1.})
   * @param form how the entry is written
   * @param title the title as written inside the link or bold (inline Markdown)
   * @param url the link destination, or null for an entry without a link
   * @param separator what separates title and description ({@code ：}, {@code ，}, {@code  — }, empty, …)
   * @param description the description after the separator (inline Markdown), possibly empty
   * @param source where the element was read from and how it was written there ({@link SourceInfo#NONE} when built)
   */
  public MoreEntry {
    Objects.requireNonNull(marker, "marker");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(separator, "separator");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(source, "source");
    if (form == MoreEntryForm.LINK && url == null) {
      throw new IllegalArgumentException("a LINK entry needs a url");
    }
    if (form == MoreEntryForm.PLAIN && (url != null || !separator.isEmpty() || !description.isEmpty())) {
      throw new IllegalArgumentException("a PLAIN entry is its text alone: no url, separator or description");
    }
  }

  /**
   * {@return a new linked entry in canonical form: {@code - [title](url)：description}, on one line} The title is plain
   * text (escaped); the description is inline Markdown whose line breaks become spaces (as a reader sees them);
   * the url is held as it will read back (a space or line break in it is percent-encoded when written).
   *
   * @param title the title
   * @param url the address
   * @param description the description after the separator (inline Markdown), or empty
   */
  public static MoreEntry of(String title, String url, String description) {
    String oneLine = oneLine(description);
    return new MoreEntry(
        "-",
        MoreEntryForm.LINK,
        MarkdownInline.escape(title.strip()),
        MarkdownInline.urlAsRead(url),
        oneLine.isEmpty() ? "" : "：",
        oneLine,
        SourceInfo.NONE);
  }

  /** {@return the link destination, if the entry has one} */
  public Optional<String> link() {
    return Optional.ofNullable(url);
  }

  /** {@return the title as a reader sees it} */
  public String plainTitle() {
    return MarkdownInline.plainText(title).strip();
  }

  /** The description on one line: line breaks are spaces to a reader, and an entry is one line. */
  private static String oneLine(String description) {
    return description.strip().replaceAll("[ \t]*(?:\r\n|\r|\n)[ \t]*", " ");
  }

  /**
   * {@return a copy pointing to another URL (held as it reads back, see {@link #of}); a plain entry becomes a link}
   *
   * @param newUrl the url of the copy
   */
  public MoreEntry withUrl(String newUrl) {
    MoreEntryForm newForm = form == MoreEntryForm.PLAIN ? MoreEntryForm.LINK : form;
    return new MoreEntry(marker, newForm, title, MarkdownInline.urlAsRead(newUrl), separator, description, source);
  }

  /**
   * {@return a copy with another description, on one line (see {@link #of}); a plain entry becomes
   * {@code - **title**：description}}
   *
   * @param newDescription the description of the copy
   */
  public MoreEntry withDescription(String newDescription) {
    String text = oneLine(newDescription);
    String sep = separator.isEmpty() && !text.isEmpty() ? "：" : separator;
    MoreEntryForm newForm = form == MoreEntryForm.PLAIN ? MoreEntryForm.BOLD : form;
    return new MoreEntry(marker, newForm, title, url, sep, text, source);
  }

  /**
   * {@return the entry's text after its marker in canonical form for its {@link #form()}: head, separator, description}
   * Continuation lines (rare in an entry) are indented relative to the item's content column, as in
   * {@link Bullet#text()}.
   */
  public String itemText() {
    String head =
        switch (form) {
          case LINK -> "[" + title + "](" + MarkdownInline.escapeUrl(Objects.requireNonNull(url)) + ")";
          case BOLD -> url == null
              ? "**" + title + "**"
              : "**[" + title + "](" + MarkdownInline.escapeUrl(url) + ")**";
          case PLAIN -> title;
        };
    return head + separator + description;
  }

  /** {@return the entry as a list item at column 1 in canonical form: marker, space, {@link #itemText()}} */
  public String toMarkdown() {
    return marker + " "
        + MarkdownInline.indentContinuation(itemText(), " ".repeat(marker.length() + 1));
  }
}
