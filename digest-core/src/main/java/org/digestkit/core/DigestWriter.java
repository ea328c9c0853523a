package org.digestkit.core;

import java.util.List;
import java.util.function.Supplier;
import org.digestkit.core.internal.OpenFences;
import org.digestkit.core.internal.YamlText;
import org.digestkit.core.model.Block;
import org.digestkit.core.model.Bullet;
import org.digestkit.core.model.BulletList;
import org.digestkit.core.model.Footer;
import org.digestkit.core.model.FrontMatter;
import org.digestkit.core.model.FrontMatterEntry;
import org.digestkit.core.model.Heading;
import org.digestkit.core.model.Item;
import org.digestkit.core.model.Label;
import org.digestkit.core.model.LabelBreak;
import org.digestkit.core.model.LabelForm;
import org.digestkit.core.model.LabelledBlock;
import org.digestkit.core.markdown.MarkdownInline;
import org.digestkit.core.model.MoreEntry;
import org.digestkit.core.model.MoreList;
import org.digestkit.core.model.Paragraph;
import org.digestkit.core.model.RawBlock;
import org.digestkit.core.model.Section;
import org.digestkit.core.model.SectionElement;
import org.digestkit.core.model.SourceInfo;
import org.digestkit.core.model.Table;
import org.digestkit.core.model.TextLayout;
import org.digestkit.core.model.ThematicBreak;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link Digest} as Markdown.
 *
 * <p>{@link #lossless()} gives back the source text, byte for byte, for every element whose value is unchanged
 * since parsing, and writes only edited or new elements in canonical style, keeping the separators around them:
 * an edit changes only the lines of what was edited. {@link #canonical()} ignores the source and writes the
 * whole post in the canonical style, the dominant style of real digests:
 * <ul>
 *   <li>front matter as written, comments and line breaks between entries included (re-spelling a YAML scalar
 *       can change what it means: {@code false} is a boolean, {@code "false"} a string that Jekyll reads as
 *       true); an entry that was edited or built has {@code title}, {@code date}, {@code category} as plain
 *       scalars when safe, other strings double-quoted (escaping only {@code \\ \" \n} and controls), lists as
 *       {@code ["a","b"]} without spaces;
 *   <li>{@code # title}, then one blank line between blocks, sections ({@code ##}) and items ({@code ###});
 *   <li>labels on their own line ({@code **深度解读 & 洞察：**}) with their content on the very next line, in the
 *       label's paragraph; a label that is a paragraph of its own ({@link LabelBreak#PARAGRAPH}) has a blank line
 *       below it, and a label that continues the paragraph above it no blank line above;
 *   <li>the first line of a paragraph that continues a label line's paragraph at column 1, or 4 spaces in where
 *       at column 1 it might open a block ({@code **影响：**} then {@code     1. x}: a continuation line of the
 *       label's paragraph, not a list); no block starts 4 spaces in after a paragraph line;
 *   <li>a label's colon ({@link Label#colon()}) as written, ASCII or full-width, with any white space before it:
 *       CommonMark keeps it in the rendered text ({@code **Impact:**} stays, {@code ：} for a label built without
 *       one); white space after a label line that ends its paragraph or a soft line break is dropped (it renders
 *       as nothing);
 *   <li>the white space between a label and the text on its line ({@link Label#separator()}) as written:
 *       CommonMark keeps it in the rendered text ({@code </strong>  text}); one space after {@code **影响：**}
 *       and none after {@code **深度解读**：} for a label built without one;
 *   <li>a hard line break after a label line ({@link LabelBreak#HARD}) as a trailing backslash, not as two
 *       trailing spaces: both mean the same, but the backslash can be seen, and editors, linters and
 *       {@code git diff --check} strip or flag trailing white space, which would silently turn the break into a
 *       space. Text inside paragraphs, bullets and entries is inline Markdown held as written, so a hard break
 *       there keeps its spelling (rewriting it would need an inline parse: a backslash inside a code span is
 *       text);
 *   <li>tight lists without blank lines; loose lists ({@link BulletList#loose()}, {@link MoreList#loose()}) with
 *       one blank line between items and between an item's text and its nested items;
 *   <li>tables as {@code | a | b |} with a {@code | --- | :---: |} delimiter row keeping each column's alignment;
 *   <li>{@code - } bullets, nested by two spaces, continuation lines at the item's content column; entries as
 *       {@code - [title](url)：description}. Where the canonical form would change what the Markdown means, it
 *       gives way: a list's last item takes up to 4 spaces after its marker to keep an indented block after the
 *       list out of it, or, where its text cannot take them, the list is indented by up to 3 spaces (a tab in
 *       the block's indentation counts to the next multiple of 4 columns, as in CommonMark);
 *   <li>a list with a tab before the text of any of its lines (in the white space, list markers and block quote
 *       markers the line starts with: code or continuation lines under an item, a nested item, a tab after a
 *       marker) is written as read, byte for byte: the model holds it as a {@link RawBlock}. A tab's width
 *       depends on the column it starts at, and commonmark-java reads a tab that an item's content column splits
 *       otherwise than the same columns in spaces (in a code block the rest of a split tab is spaces, a whole tab
 *       stays a tab), so such a line keeps its meaning only where and as it is written: re-indenting the list or
 *       spelling the tab as spaces can change the text of its code, make text code or move a line out of its
 *       item;
 *   <li>a block right after a list whose last item ends inside a code fence it does not close on the next line,
 *       without a blank line: a blank line there would be a line of that code. The blank lines that do follow
 *       such a fence (in the source, or to the end of the post) are lines of its code: the item's text, or the
 *       raw block, holds them;
 *   <li>the footer after a {@code ---} rule and a blank line; no final newline (as 161 of 162 real digests).
 * </ul>
 * Writers are immutable and thread-safe.
 */
public final class DigestWriter {

  private static final DigestWriter LOSSLESS = new DigestWriter(false);
  private static final DigestWriter CANONICAL = new DigestWriter(true);

  private final boolean canonical;

  private DigestWriter(boolean canonical) {
    this.canonical = canonical;
  }

  /** {@return the writer that keeps every unedited byte} */
  public static DigestWriter lossless() {
    return LOSSLESS;
  }

  /** {@return the writer that writes everything in canonical style} */
  public static DigestWriter canonical() {
    return CANONICAL;
  }

  /**
   * {@return the post as Markdown}
   *
   * @param digest the post
   */
  public String write(Digest digest) {
    TextLayout layout = canonical ? TextLayout.CANONICAL : digest.layout();
    Output out = new Output(layout.lineSeparator(), canonical);
    if (layout.bom()) {
      out.append("\uFEFF");
    }
    FrontMatter fm = digest.frontMatter();
    if (fm.present()) {
      out.kept(fm.openFence(), true, () -> "---", "");
      for (FrontMatterEntry e : fm.entries()) {
        out.kept(e.source(), unchanged(e, e.source()), () -> YamlText.entry(e.key(), e.value()), "\n");
      }
      out.kept(fm.closeFence(), true, () -> "---", "\n");
    }
    if (digest.title() != null) {
      heading(out, digest.title(), "\n");
    }
    blocks(out, digest.intro(), "\n\n", null);
    for (Section s : digest.sections()) {
      section(out, s);
    }
    Footer footer = digest.footer();
    if (footer != null) {
      out.leaf(footer.source(), unchanged(footer, footer.source()), () -> footer.toMarkdown("\n"), "\n\n");
    }
    out.append(canonical ? "" : layout.trailing());
    return out.text(!layout.bom());
  }

  private void section(Output out, Section section) {
    heading(out, section.heading(), "\n\n");
    List<SectionElement> elements = section.elements();
    for (int i = 0; i < elements.size(); i++) {
      SectionElement e = elements.get(i);
      Block next = i + 1 < elements.size() && elements.get(i + 1) instanceof Block b ? b : null;
      if (e instanceof Section nested) {
        section(out, nested);
      } else if (e instanceof Item item) {
        heading(out, item.heading(), "\n\n");
        blocks(out, item.body(), "\n\n", next);
      } else {
        block(out, (Block) e, "\n\n", next, i > 0 && isList(elements.get(i - 1)));
      }
    }
  }

  private static void heading(Output out, Heading h, String leading) {
    out.leaf(h.source(), unchanged(h, h.source()), h::toMarkdown, leading);
  }

  /** Writes {@code blocks}; {@code after} is the block that follows them in the post, if any. */
  private void blocks(Output out, List<Block> blocks, String firstLeading, @Nullable Block after) {
    String leading = firstLeading;
    for (int i = 0; i < blocks.size(); i++) {
      block(out, blocks.get(i), leading, i + 1 < blocks.size() ? blocks.get(i + 1) : after,
          i > 0 && isList(blocks.get(i - 1)));
      leading = "\n\n";
    }
  }

  private static boolean isList(SectionElement e) {
    return e instanceof BulletList || e instanceof MoreList;
  }

  /**
   * Writes a block; {@code next} is the block after it in the post, if any, and {@code afterList} tells that a list
   * comes right before it (an indented list there would nest in that list's last item).
   */
  private void block(Output out, Block b, String leading, @Nullable Block next, boolean afterList) {
    if (b instanceof Paragraph p) {
      // only the paragraph below a label line follows a single line break: it continues the label's paragraph
      Supplier<String> text = leading.equals("\n") ? () -> continuationLine(p.text()) : p::text;
      out.leaf(p.source(), unchanged(p, p.source()), text, leading);
    } else if (b instanceof BulletList list) {
      bullets(out, list, leading, next, afterList);
    } else if (b instanceof LabelledBlock lb) {
      Label label = lb.label();
      out.leaf(label.source(), unchanged(label, label.source()), label::toMarkdown,
          label.continuesParagraph() ? "\n" : leading);
      String contentLeading =
          switch (label.form()) {
            case LINE, LINE_COLON_OUTSIDE -> lineLabelContentLeading(label, lb.content());
            case INLINE, COLON_OUTSIDE -> label.separator();
            case HEADING -> "\n\n";
          };
      blocks(out, lb.content(), contentLeading, next);
    } else if (b instanceof MoreList list) {
      String l = leading;
      String between = list.loose() ? "\n\n" : "\n";
      String[] indent = new String[1]; // the list's, computed when an entry is first written canonically
      List<MoreEntry> entries = list.entries();
      for (int i = 0; i < entries.size(); i++) {
        MoreEntry e = entries.get(i);
        Block after = i == entries.size() - 1 ? next : null;
        out.leaf(e.source(), unchanged(e, e.source()), () -> {
          String listIndent = moreListIndent(out, list, afterList ? null : next, indent);
          String text = e.itemText();
          int spaces = after == null || !widenable(text) ? 1
              : spacesAfterMarker(out, after, listIndent.length() + e.marker().length());
          String contentIndent = listIndent + " ".repeat(e.marker().length() + spaces);
          return listIndent + e.marker() + " ".repeat(spaces)
              + MarkdownInline.indentContinuation(text, contentIndent);
        }, l);
        out.openFence = OpenFences.endsOpen(e.itemText());
        l = between;
      }
    } else if (b instanceof Table t) {
      out.leaf(t.source(), unchanged(t, t.source()), () -> t.toMarkdown("\n"), leading);
    } else if (b instanceof ThematicBreak hr) {
      // at the very start of a post without front matter, "---" would open a front matter: write "***"
      boolean atStart = out.atStart();
      out.leaf(hr.source(), true, () -> atStart ? "***" : "---", leading);
    } else if (b instanceof RawBlock raw) {
      out.leaf(raw.source(), unchanged(raw, raw.source()), raw::text, leading);
      out.openFence = OpenFences.endsOpen(raw.text());
    }
  }

  /**
   * The text of a paragraph that continues the paragraph of a label line above it: as held, but with its first
   * line 4 spaces in when at column 1 it may open a block ({@code 1. x}, {@code - x}, {@code ---}, a fence…), where
   * it is a continuation line of the label's paragraph, as the parser read it.
   */
  private static String continuationLine(String text) {
    int nl = text.indexOf('\n');
    return MarkdownInline.mayOpenBlock(nl < 0 ? text : text.substring(0, nl)) ? "    " + text : text;
  }

  /**
   * What comes between a label on its own line and its content: the next line for text that continues the
   * label's paragraph (after the label's backslash, for a hard break) and for a list or table that may follow a
   * paragraph line; a blank line for a paragraph of its own and for any other block (a list numbered other than
   * 1, say, cannot interrupt a paragraph).
   */
  private static String lineLabelContentLeading(Label label, List<Block> content) {
    if (content.isEmpty()) {
      return "\n";
    }
    Block first = content.get(0);
    boolean onNextLine =
        first instanceof Paragraph ? label.lineBreak() != LabelBreak.PARAGRAPH
            : first instanceof BulletList list ? !list.bullets().isEmpty() && interruptsParagraph(list.bullets().get(0))
            : first instanceof MoreList list ? !list.entries().isEmpty()
                && interruptsParagraph(list.entries().get(0).marker(), list.entries().get(0).itemText())
            : first instanceof Table;
    return onNextLine ? "\n" : "\n\n";
  }

  /**
   * Writes a top-level list. A block that follows it ({@code after}) and starts with spaces stayed out of its last
   * item as read, and must stay out: that item gets as many spaces after its marker (up to 4) as put its content
   * column past them, or, where its text starts with spaces or on the next line (spaces there would change it),
   * the whole list is indented (up to 3 spaces) as far as that takes — unless another list comes right before
   * it, in whose last item an indented list would nest; then an empty last item with nested items gets the
   * spaces after its marker, its first nested item starting on its line.
   */
  private static void bullets(Output out, BulletList list, String firstLeading, @Nullable Block after,
      boolean afterList) {
    List<Bullet> bullets = list.bullets();
    String indent = "";
    // canonically, or when no bullet was read (a built post, one from JSON): then the whole list is written here
    boolean written = out.canonical || bullets.stream().noneMatch(b -> b.source().isParsed());
    if (written && after != null && !afterList && !bullets.isEmpty()
        && !widenable(bullets.get(bullets.size() - 1).text())) {
      indent = listIndent(out, after, bullets.get(bullets.size() - 1).marker().length());
    }
    bullets(out, bullets, list.loose(), indent, indent, firstLeading, after);
  }

  /**
   * Writes bullets at {@code indent}, the first at {@code firstIndent} (empty: on its parent's marker line); in a
   * {@code loose} list a blank line separates items, and an item's text from its nested items.
   */
  private static void bullets(Output out, List<Bullet> bullets, boolean loose, String firstIndent, String indent,
      String firstLeading, @Nullable Block after) {
    String between = loose ? "\n\n" : "\n";
    String leading = firstLeading;
    for (int i = 0; i < bullets.size(); i++) {
      Bullet b = bullets.get(i);
      boolean unchanged = b.source().parsedValue() instanceof Bullet original
          && original.marker().equals(b.marker()) && original.text().equals(b.text());
      boolean last = after != null && i == bullets.size() - 1 && (out.canonical || !unchanged);
      boolean emptyWithChildren = b.text().isEmpty() && !b.children().isEmpty();
      int spaces = last && (widenable(b.text()) || emptyWithChildren)
          ? spacesAfterMarker(out, after, indent.length() + b.marker().length()) : 1;
      boolean childOnMarkerLine = emptyWithChildren && spaces > 1;
      String contentIndent = indent + " ".repeat(b.marker().length() + spaces);
      String marker = (i == 0 ? firstIndent : indent) + b.marker() + " ".repeat(spaces);
      out.leaf(b.source(), unchanged, () -> marker + MarkdownInline.indentContinuation(b.text(), contentIndent),
          leading);
      out.openFence = b.children().isEmpty() && OpenFences.endsOpen(b.text());
      if (childOnMarkerLine) {
        bullets(out, b.children(), b.childrenLoose(), "", contentIndent, "", null);
      } else {
        // a blank line between an item's text and its nested items makes its list loose; a tight list has none
        // (nor needs one: a nested list that cannot interrupt a paragraph follows text only across a blank line)
        String childLeading = loose && !b.text().isEmpty() && !b.children().isEmpty() ? "\n\n" : "\n";
        bullets(out, b.children(), b.childrenLoose(), contentIndent, contentIndent, childLeading, null);
      }
      leading = between;
    }
  }

  /**
   * Whether a list can start with this item right after a paragraph line (CommonMark: not when the item is empty
   * or starts with a blank line, nor when it is numbered other than 1); if not, a blank line must come first.
   */
  private static boolean interruptsParagraph(Bullet b) {
    return interruptsParagraph(b.marker(), b.text());
  }

  private static boolean interruptsParagraph(String marker, String text) {
    if (text.isEmpty() || text.charAt(0) == '\n') {
      return false;
    }
    boolean ordered = Character.isDigit(marker.charAt(0));
    return !ordered || marker.length() == 2 && marker.charAt(0) == '1';
  }

  /** Whether spaces after an item's marker leave its text as it is: it starts with neither a space nor a break. */
  private static boolean widenable(String text) {
    return !text.isEmpty() && text.charAt(0) != ' ' && text.charAt(0) != '\n';
  }

  /**
   * The spaces to write after the marker of a list's last item, which ends at column {@code markerEnd}, so that
   * the block {@code after} the list stays out of it: its content column must pass the spaces the block starts
   * with. 1 to 4 (more would make the item's text code); 1 when the block is farther in than that.
   */
  private static int spacesAfterMarker(Output out, Block after, int markerEnd) {
    int needed = leadingColumns(out, after) + 1 - markerEnd;
    return needed > 1 && needed <= 4 ? needed : 1;
  }

  /**
   * The columns of white space the first line of a block after a list starts with, as {@code out} writes it (a tab
   * reaches the next multiple of 4).
   */
  private static int leadingColumns(Output out, Block b) {
    String text;
    SourceInfo source;
    if (b instanceof RawBlock raw) {
      text = raw.text();
      source = raw.source();
    } else if (b instanceof Paragraph p) {
      text = p.text();
      source = p.source();
    } else {
      return 0; // the other blocks are written from column 1
    }
    boolean asRead = !out.canonical && source.isParsed() && unchanged(b, source);
    return indentColumns(asRead ? source.raw() : text);
  }

  private static int indentColumns(String s) {
    int columns = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ') {
        columns++;
      } else if (c == '\t') {
        columns += 4 - columns % 4;
      } else {
        break;
      }
    }
    return columns;
  }

  /**
   * The spaces before every marker of a "more" list written canonically: none, unless the block {@code after} the
   * list starts with spaces and the last entry's text cannot take more spaces after its marker; then as many as
   * keep that block out of it (at most 3), the same for every entry so that they stay siblings. Computed once
   * into {@code memo}.
   */
  private static String moreListIndent(Output out, MoreList list, @Nullable Block after, String[] memo) {
    if (memo[0] == null) {
      boolean written = out.canonical || list.entries().stream().noneMatch(e -> e.source().isParsed());
      if (written && after != null && !list.entries().isEmpty()) { // its siblings are as read otherwise
        MoreEntry last = list.entries().get(list.entries().size() - 1);
        memo[0] = widenable(last.itemText()) ? "" : listIndent(out, after, last.marker().length());
      } else {
        memo[0] = "";
      }
    }
    return memo[0];
  }

  /**
   * The indent (at most 3 spaces) that puts the content column of a list item with a {@code markerWidth} marker
   * past the spaces the block {@code after} the list starts with; none when that needs more.
   */
  private static String listIndent(Output out, Block after, int markerWidth) {
    int needed = leadingColumns(out, after) - markerWidth;
    return needed >= 1 && needed <= 3 ? " ".repeat(needed) : "";
  }

  /** Whether a leaf still holds the value it was parsed with (the same instance, mostly). */
  private static boolean unchanged(Object value, SourceInfo source) {
    Object parsed = source.parsedValue();
    return value == parsed || value.equals(parsed);
  }

  /**
   * Accumulates output; writes each leaf raw when unchanged, canonical otherwise. Unchanged leaves that follow
   * each other in their source text are copied as one range when the run ends (an unedited post: one copy).
   */
  private static final class Output {
    private final StringBuilder sb = new StringBuilder(8192);
    final String lineSeparator;
    final boolean canonical;
    /**
     * Whether the last leaf is a list item whose text ends inside a code fence it does not close: a blank line
     * after it would be a line of that code, so the next leaf comes on the next line (the item ends where a line
     * outside its content column starts).
     */
    boolean openFence;
    /** The first and last leaf of the run of unchanged, adjacent leaves not yet copied, or null. */
    private SourceInfo runFirst;
    private SourceInfo runLast;

    Output(String lineSeparator, boolean canonical) {
      this.lineSeparator = lineSeparator;
      this.canonical = canonical;
    }

    /** Appends a leaf: its source text when it is unchanged, else {@code canonicalText}, made only then. */
    void leaf(SourceInfo source, boolean unchanged, Supplier<String> canonicalText, String defaultLeading) {
      if (!canonical && source.isParsed()) {
        if (unchanged) {
          openFence = false;
          if (runLast != null && source.follows(runLast)) {
            runLast = source;
          } else {
            flush();
            runFirst = source;
            runLast = source;
          }
          return;
        }
        flush();
        source.appendLeading(sb);
      } else {
        flush();
        if (sb.length() > 0 && !(sb.length() == 1 && sb.charAt(0) == '\uFEFF')) {
          sb.append(lines(openFence && defaultLeading.equals("\n\n") ? "\n" : defaultLeading));
        }
      }
      openFence = false;
      sb.append(lines(canonicalText.get()));
    }

    /**
     * Appends a leaf that canonical writing keeps as written too, with the text before it (front matter, where
     * re-spelling can change a value's type), its line breaks in the output's; else as {@link #leaf}.
     */
    void kept(SourceInfo source, boolean unchanged, Supplier<String> canonicalText, String defaultLeading) {
      if (!canonical || !source.isParsed() || !unchanged) {
        leaf(source, unchanged, canonicalText, defaultLeading);
        return;
      }
      flush();
      StringBuilder written = new StringBuilder();
      if (!atStart()) {
        source.appendLeading(written);
      }
      written.append(source.raw());
      sb.append(lines(written.toString().replace("\r\n", "\n").replace('\r', '\n')));
      openFence = false;
    }

    /** Appends text outside any leaf. */
    void append(String text) {
      flush();
      sb.append(text);
    }

    /** Whether nothing but a BOM was written yet. */
    boolean atStart() {
      flush();
      return sb.length() == 0 || sb.length() == 1 && sb.charAt(0) == '\uFEFF';
    }

    /** The text written; {@code protectStart}: a U+FEFF it starts with is text, and needs a BOM before it. */
    String text(boolean protectStart) {
      flush();
      if (protectStart && sb.length() > 0 && sb.charAt(0) == '\uFEFF') {
        sb.insert(0, '\uFEFF'); // text starting with U+FEFF needs a BOM in front, or a reader takes it for one
      }
      return sb.toString();
    }

    private void flush() {
      if (runFirst != null) {
        runFirst.appendLeadingThrough(runLast, sb);
        runFirst = null;
        runLast = null;
      }
    }

    private String lines(String text) {
      return lineSeparator.equals("\n") || text.indexOf('\n') < 0 ? text : text.replace("\n", lineSeparator);
    }
  }
}
