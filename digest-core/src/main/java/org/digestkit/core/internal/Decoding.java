package org.digestkit.core.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.digestkit.core.DigestParseException;

/** Strict UTF-8 decoding: a malformed byte is an error at its line and column, never U+FFFD. */
public final class Decoding {
  private Decoding() {}

  /** Decodes {@code bytes} as UTF-8, keeping a leading BOM as U+FEFF. */
  public static String utf8(byte[] bytes, int maxChars) {
    if (bytes.length > (long) maxChars * 3L + 3) {
      throw new DigestParseException("too-large", "the post is larger than the limit of " + maxChars + " characters",
          1, 1, null);
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int bad = in.position();
      throw notUtf8(bytes, bad);
    }
    result = decoder.flush(out);
    if (result.isError()) {
      throw notUtf8(bytes, in.position());
    }
    out.flip();
    return out.toString();
  }

  private static DigestParseException notUtf8(byte[] bytes, int badOffset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < badOffset; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int column = 1;
    try {
      column =
          StandardCharsets.UTF_8.newDecoder()
                  .decode(ByteBuffer.wrap(bytes, lineStart, badOffset - lineStart))
                  .length()
              + 1;
    } catch (CharacterCodingException e) {
      column = badOffset - lineStart + 1;
    }
    return new DigestParseException("not-utf8",
        String.format("the file is not valid UTF-8 (byte 0x%02X)", bytes[badOffset] & 0xFF), line, column, null);
  }
}
