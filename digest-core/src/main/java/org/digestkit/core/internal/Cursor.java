package org.digestkit.core.internal;

import org.digestkit.core.DigestParseException;
import org.digestkit.core.model.SourceInfo;

/**
 * Walks a post's text from start to end while the parser emits leaf elements in document order. Each leaf
 * takes the text since the previous leaf as its leading separator, so the leaves' leading and raw texts
 * concatenate to the whole post: the invariant the lossless writer relies on.
 */
final class Cursor {
  private final Lines lines;
  private final String text;
  private final String file;
  private int position;
  private int line;

  Cursor(Lines lines, String file) {
    this.lines = lines;
    this.text = lines.text();
    this.file = file;
  }

  /** Source information for the leaf at {@code [start, end)}, which must not precede the previous leaf. */
  SourceInfo leaf(int start, int end, Object parsedValue) {
    if (start < position || end < start) {
      throw new IllegalStateException("leaves out of order at " + start + " (cursor " + position + ")");
    }
    // leaves come in order: walk the line forward instead of searching for it
    while (line + 1 < lines.count() && lines.start(line + 1) <= start) {
      line++;
    }
    SourceInfo info =
        SourceInfo.parsed(text, position, start, end, line + 1, start - lines.start(line) + 1, parsedValue);
    position = end;
    return info;
  }

  /** The current position: the end of the last leaf. */
  int position() {
    return position;
  }

  /** The text after the last leaf. */
  String rest() {
    return text.substring(position);
  }

  /** The 1-based file line of the 0-based line index {@code line}. */
  int fileLine(int line) {
    return line + 1;
  }

  /** The 1-based line of {@code offset}. */
  int lineAt(int offset) {
    return lines.lineOf(offset) + 1;
  }

  DigestParseException error(String code, String message, int offset) {
    return error(code, message, offset, null);
  }

  DigestParseException error(String code, String message, int offset, Throwable cause) {
    int o = Math.max(0, Math.min(offset, text.length()));
    int line = lines.lineOf(o);
    return new DigestParseException(code, message, line + 1, o - lines.start(line) + 1, file, cause);
  }
}
