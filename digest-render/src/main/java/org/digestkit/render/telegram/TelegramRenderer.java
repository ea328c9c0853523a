package org.digestkit.render.telegram;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.digestkit.core.Digest;
import org.digestkit.render.DigestRenderer;
import org.digestkit.render.DigestRendererProvider;
import org.digestkit.render.RenderOptions;
import org.digestkit.render.internal.InlineMarkup;
import org.digestkit.render.internal.Outline;
import tools.jackson.databind.json.JsonMapper;

/**
 * Telegram messages in HTML parse mode: only Telegram's tags ({@code <b> <i> <code> <a href>}), everything else
 * escaped, links only http, https, mailto and tg. A long post is split into messages of at most
 * {@value #MAX_MESSAGE} characters between items, in order; an item longer than a message is split between its
 * lines, and a line longer than a message is cut as plain text — never inside a tag or an entity.
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

  private final int limit;

  /** A renderer with Telegram's limit. */
  public TelegramRenderer() {
    this(MAX_MESSAGE);
  }

  /** A renderer with a smaller limit (for tests and channels that add their own text). */
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

  /** The post as messages, in order. */
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

  /** A unit as pieces that each fit a message: whole, by lines, or a long line as plain text chunks. */
  private List<String> fit(String unit) {
    if (unit.length() <= limit) {
      return List.of(unit);
    }
    List<String> pieces = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : unit.split("\n")) {
      List<String> parts = line.length() <= limit ? List.of(line) : plainChunks(line);
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
    if (current.length() > 0) {
      pieces.add(current.toString());
    }
    return pieces;
  }

  /** A line longer than a message, without its tags, escaped, cut between characters (never inside an entity). */
  private List<String> plainChunks(String html) {
    String text = org.jsoup.parser.Parser.unescapeEntities(html.replaceAll("<[^>]*>", ""), false);
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      String piece = InlineMarkup.escape(new String(Character.toChars(cp)));
      if (current.length() + piece.length() > limit) {
        out.add(current.toString());
        current.setLength(0);
      }
      current.append(piece);
      i += Character.charCount(cp);
    }
    if (current.length() > 0) {
      out.add(current.toString());
    }
    return out;
  }

  @Override
  public void render(Digest digest, Appendable out) throws IOException {
    out.append(JsonMapper.shared().writerWithDefaultPrettyPrinter().writeValueAsString(messages(digest)))
        .append('\n');
  }

  /** Provides {@code telegram}. */
  public static final class Provider implements DigestRendererProvider {
    @Override
    public String format() {
      return "telegram";
    }

    @Override
    public DigestRenderer create(RenderOptions options) {
      return new TelegramRenderer();
    }
  }
}
