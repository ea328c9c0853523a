package org.digestkit.validate.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.digestkit.core.LineIndex;

/**
 * The places in a post's text that rules look for, found in one pass over its characters: unusual characters,
 * comment openings {@code <!--}, link destinations {@code ](} and URL schemes {@code ://}. Rules read these
 * offsets, and the line starts, instead of each searching the whole text for its own string.
 */
public final class TextLandmarks {
  private static final byte UNUSUAL = 1;
  private static final byte LESS_THAN = 2;
  private static final byte BRACKET = 3;
  private static final byte COLON = 4;

  /**
   * What each UTF-16 unit is to the pass, 0 for almost all: one load per character, several times faster than
   * testing ranges character by character (the pass reads every character of every post).
   */
  private static final byte[] KIND = new byte[0x10000];

  static {
    for (int c = 0; c <= 0xFFFF; c++) {
      if (isUnusual((char) c)) {
        KIND[c] = UNUSUAL;
      }
    }
    KIND['<'] = LESS_THAN;
    KIND[']'] = BRACKET;
    KIND[':'] = COLON;
  }

  private final int[] lineStarts;
  private final List<Integer> unusual;
  private final int[] comments;
  private final int[] linkDestinations;
  private final int[] schemes;

  private TextLandmarks(int[] lineStarts, List<Integer> unusual, int[] comments, int[] linkDestinations,
      int[] schemes) {
    this.lineStarts = lineStarts;
    this.unusual = unusual;
    this.comments = comments;
    this.linkDestinations = linkDestinations;
    this.schemes = schemes;
  }

  /**
   * Whether the character rules look at {@code c}: C0 and C1 controls other than tab and line breaks, the
   * invisible format characters and separators of General Punctuation (U+200B–U+200F, U+2028–U+202E,
   * U+2060–U+206F), U+FEFF, U+FFFD–U+FFFF. The visible punctuation between them (dashes, quotation marks,
   * ellipsis), which Chinese text uses on every line, is not unusual.
   */
  static boolean isUnusual(char c) {
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F
        || c >= 0x200B && c <= 0x200F || c >= 0x2028 && c <= 0x202E || c >= 0x2060 && c <= 0x206F
        || c == 0xFEFF || c >= 0xFFFD;
  }

  /** The landmarks of {@code text}. */
  public static TextLandmarks of(String text) {
    return of(text, LineIndex.of(text).toArray());
  }

  /**
   * The landmarks of {@code text}, whose line starts the parser found already ({@link LineIndex}: {@code \n},
   * {@code \r\n} and {@code \r} end a line).
   */
  public static TextLandmarks of(String text, int[] lineStarts) {
    int length = text.length();
    Offsets unusual = new Offsets(4);
    Offsets comments = new Offsets(4);
    Offsets destinations = new Offsets(16);
    Offsets schemes = new Offsets(16);
    for (int j = 0; j < length; j++) {
      char c = text.charAt(j);
      switch (KIND[c]) {
        case 0 -> { }
        case UNUSUAL -> unusual.add(j);
        case LESS_THAN -> {
          if (text.startsWith("!--", j + 1)) {
            comments.add(j);
          }
        }
        case BRACKET -> {
          if (j + 1 < length && text.charAt(j + 1) == '(') {
            destinations.add(j);
          }
        }
        default -> {
          if (text.startsWith("//", j + 1)) {
            schemes.add(j);
          }
        }
      }
    }
    return new TextLandmarks(lineStarts, unusual.toList(), comments.toArray(), destinations.toArray(),
        schemes.toArray());
  }

  /** The offset of each line's first character, ascending (line breaks: {@code \n}, {@code \r\n}, {@code \r}). */
  public int[] lineStarts() {
    return lineStarts;
  }

  /** The offsets of the characters {@link #isUnusual} holds for, ascending (read-only). */
  public List<Integer> unusualCharacters() {
    return unusual;
  }

  /** The offsets of every {@code <!--}, ascending. */
  public int[] commentOpenings() {
    return comments;
  }

  /** The offsets of every {@code ](}, ascending. */
  public int[] linkDestinations() {
    return linkDestinations;
  }

  /** The offsets of every {@code ://}, ascending. */
  public int[] schemes() {
    return schemes;
  }

  /** The index of the first of {@code offsets} at or after {@code from} ({@code offsets.length} if none). */
  public static int firstAtOrAfter(int[] offsets, int from) {
    int i = Arrays.binarySearch(offsets, from);
    return i >= 0 ? i : -i - 1;
  }

  /** A growing list of offsets. */
  private static final class Offsets {
    private int[] values;
    private int size;

    Offsets(int capacity) {
      values = new int[capacity];
    }

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }

    /** The offsets as a read-only list. */
    List<Integer> toList() {
      List<Integer> list = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        list.add(values[i]);
      }
      return Collections.unmodifiableList(list);
    }
  }
}
