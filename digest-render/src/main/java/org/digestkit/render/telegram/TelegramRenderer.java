package org.digestkit.render.telegram;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.digestkit.core.Digest;
import org.digestkit.render.DigestRenderer;
import org.digestkit.render.internal.InlineMarkup;
import org.digestkit.render.internal.Outline;
import tools.jackson.databind.json.JsonMapper;

/**
 * Telegram messages in HTML parse mode: only Telegram's tags ({@code <b> <i> <code> <a href>}), everything else
 * escaped, links only http, https, mailto and tg. A long post is split into messages of at most
 * {@value #MAX_MESSAGE} characters between items, in order; an item longer than a message is split between its
 * lines (where no tag is open), and lines longer than a message are cut as plain text between grapheme
 * clusters — never inside a tag, an entity, a surrogate pair, or a character and its combining marks.
 * {@link #render(Digest, Appendable)} writes the messages as a JSON array of strings.
 */
public final class TelegramRenderer implements DigestRenderer {
  /** Telegram's limit on a message's length. */
  public static final int MAX_MESSAGE = 4096;

  private static final Outline.Markup MARKUP = Outline.markup(
      InlineMarkup::telegram,
      markup -> "<b>" + markup + "</b>",
      (text, url) -> "<a href=\"" + InlineMarkup.escape(url) + "\">" + InlineMarkup.escape(text) + "</a>",
      InlineMarkup::escape,
      InlineMarkup::telegramBlock);

  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern GRAPHEME = Pattern.compile("\\X");

  private final int limit;

  /** A renderer with Telegram's limit. */
  public TelegramRenderer() {
    this(MAX_MESSAGE);
  }

  /**
   * A renderer with a smaller limit (for tests and channels that add their own text).
   *
   * @param limit the limit
   */
  public TelegramRenderer(int limit) {
    if (limit < 64) {
      throw new IllegalArgumentException("a message limit under 64 characters cannot hold a headline");
    }
    this.limit = limit;
  }

  @Override
  public String format() {
    return "telegram";
  }

  @Override
  public String mediaType() {
    return "application/json";
  }

  /** The post as messages, in order, each at most the limit long. */
  @Override
  public List<String> messages(Digest digest) {
    List<String> messages = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String unit : Outline.units(digest, MARKUP)) {
      for (String piece : fit(unit)) {
        int extra = current.length() == 0 ? 0 : 2;
        if (current.length() + extra + piece.length() > limit) {
          messages.add(current.toString());
          current.setLength(0);
          extra = 0;
        }
        if (extra > 0) {
          current.append("\n\n");
        }
        current.append(piece);
      }
    }
    if (current.length() > 0) {
      messages.add(current.toString());
    }
    return messages;
  }

  /**
   * A unit as pieces that each fit a message: whole; else by lines, never between lines a tag spans (a bold
   * or link text can hold a line break); a run of lines still too long becomes plain text chunks.
   */
  private List<String> fit(String unit) {
    if (unit.length() <= limit) {
      return List.of(unit);
    }
    List<String> pieces = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    StringBuilder closed = new StringBuilder(); // lines up to a point where no tag is open
    int open = 0;
    for (String line : unit.split("\n", -1)) {
      if (closed.length() > 0) {
        closed.append('\n');
      }
      closed.append(line);
      open += tagBalance(line);
      if (open > 0) {
        continue;
      }
      open = 0;
      add(closed.toString(), pieces, current);
      closed.setLength(0);
    }
    if (closed.length() > 0) {
      add(closed.toString(), pieces, current);
    }
    if (current.length() > 0) {
      pieces.add(current.toString());
    }
    return pieces;
  }

  /** Adds lines that hold whole tags to the piece being filled, or as plain chunks when they are too long. */
  private void add(String lines, List<String> pieces, StringBuilder current) {
    List<String> parts = lines.length() <= limit ? List.of(lines) : plainChunks(lines);
    for (String part : parts) {
      if (current.length() > 0 && current.length() + 1 + part.length() > limit) {
        pieces.add(current.toString());
        current.setLength(0);
      }
      if (current.length() > 0) {
        current.append('\n');
      }
      current.append(part);
    }
  }

  /** Tags opened minus tags closed in a line of Telegram markup (text never holds a raw {@code <}). */
  private static int tagBalance(String line) {
    int balance = 0;
    for (int i = line.indexOf('<'); i >= 0; i = line.indexOf('<', i + 1)) {
      balance += i + 1 < line.length() && line.charAt(i + 1) == '/' ? -1 : 1;
    }
    return balance;
  }

  /**
   * Markup longer than a message as plain text (tags dropped), escaped, in chunks cut only between grapheme
   * clusters ({@code \X}: a letter and its combining marks, a surrogate pair, an emoji sequence joined by
   * U+200D, a flag stay whole) and so never inside an entity. Only a single cluster longer than a message
   * (thousands of combining marks) is cut between code points, since it cannot be sent whole.
   */
  private List<String> plainChunks(String html) {
    String text = org.jsoup.parser.Parser.unescapeEntities(TAG.matcher(html).replaceAll(""), false);
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    Matcher cluster = GRAPHEME.matcher(text);
    while (cluster.find()) {
      String piece = InlineMarkup.escape(cluster.group());
      if (piece.length() > limit) {
        for (int i = 0; i < piece.length(); ) {
          int end = entityOrCodePointEnd(piece, i);
          appendChunk(piece.substring(i, end), out, current);
          i = end;
        }
        continue;
      }
      appendChunk(piece, out, current);
    }
    if (current.length() > 0) {
      out.add(current.toString());
    }
    return out;
  }

  private void appendChunk(String piece, List<String> out, StringBuilder current) {
    if (current.length() + piece.length() > limit) {
      out.add(current.toString());
      current.setLength(0);
    }
    current.append(piece);
  }

  /** The end of the entity or code point at {@code i} of escaped text. */
  private static int entityOrCodePointEnd(String s, int i) {
    if (s.charAt(i) == '&') {
      return s.indexOf(';', i) + 1;
    }
    return i + Character.charCount(s.codePointAt(i));
  }

  @Override
  public void render(Digest digest, Appendable out) throws IOException {
    out.append(JsonMapper.shared().writerWithDefaultPrettyPrinter().writeValueAsString(messages(digest)))
        .append('\n');
  }
}
