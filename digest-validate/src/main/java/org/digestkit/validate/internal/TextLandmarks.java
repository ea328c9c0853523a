package org.digestkit.validate.internal;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The places in a post's text that rules look for, found in one pass over its characters: where lines start,
 * unusual characters, comment openings {@code <!--}, link destinations {@code ](}, URL schemes {@code ://}, and
 * the backticks and backslashes that open code spans and escapes; and {@code **}, found with {@link
 * String#indexOf(String, int)}. Rules read these offsets instead of each searching the whole text for its own
 * string.
 */
public final class TextLandmarks {
  private static final byte LINE_BREAK = 1;
  private static final byte UNUSUAL = 2;
  private static final byte LESS_THAN = 3;
  private static final byte BRACKET = 4;
  private static final byte COLON = 5;
  private static final byte CODE_OR_ESCAPE = 6;

  /**
   * What each UTF-16 unit is to the pass, a byte per unit (64 KiB): one load per character, measured a third
   * faster than a bit table on the corpus. 0 for almost every character.
   */
  private static final byte[] KIND = new byte[0x10000];

  static {
    for (int c = 0; c <= 0xFFFF; c++) {
      if (isUnusual((char) c)) {
        KIND[c] = UNUSUAL;
      }
    }
    KIND['\n'] = LINE_BREAK;
    KIND['\r'] = LINE_BREAK;
    KIND['<'] = LESS_THAN;
    KIND[']'] = BRACKET;
    KIND[':'] = COLON;
    KIND['`'] = CODE_OR_ESCAPE;
    KIND['\\'] = CODE_OR_ESCAPE;
  }

  private final int[] lineStarts;
  private final int[] unusual;
  private final int[] comments;
  private final int[] doubleStars;
  private final int[] linkDestinations;
  private final int[] schemes;
  private final int[] codeOrEscapes;

  private TextLandmarks(int[] lineStarts, int[] unusual, int[] comments, int[] doubleStars,
      int[] linkDestinations, int[] schemes, int[] codeOrEscapes) {
    this.lineStarts = lineStarts;
    this.unusual = unusual;
    this.comments = comments;
    this.doubleStars = doubleStars;
    this.linkDestinations = linkDestinations;
    this.schemes = schemes;
    this.codeOrEscapes = codeOrEscapes;
  }

  /**
   * Whether the character rules look at {@code c}: C0 and C1 controls other than tab and line breaks,
   * U+200B–U+206F, U+FEFF, U+FFFD–U+FFFF.
   */
  static boolean isUnusual(char c) {
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F
        || c >= 0x200B && c <= 0x206F || c == 0xFEFF || c >= 0xFFFD;
  }

  /** The landmarks of {@code text}. */
  public static TextLandmarks of(String text) {
    return of(text, null);
  }

  /**
   * The landmarks of {@code text} whose line starts are known already (the parser's {@link
   * org.digestkit.core.LineIndex}): the pass then passes over line breaks, more than half of the characters it
   * would stop at.
   */
  public static TextLandmarks of(String text, int @Nullable [] lineStarts) {
    // first the offsets of every character the table marks, in a loop that does nothing else, then each of those
    // few is sorted out (measured with JMH on the corpus: a loop that sorts the characters as it goes is about
    // twice as slow; reading the text with charAt is 10-25 % faster than copying it to an array first, and
    // leaving the line breaks to the parser's index about a quarter faster again: they are half the stops)
    int length = text.length();
    int[] hits = new int[Math.max(64, length / 16)];
    int n = 0;
    int least = lineStarts == null ? LINE_BREAK : LINE_BREAK + 1; // the least kind the pass stops at
    for (int j = 0; j < length; j++) {
      if (KIND[text.charAt(j)] >= least) {
        if (n == hits.length) {
          hits = Arrays.copyOf(hits, n * 2);
        }
        hits[n++] = j;
      }
    }
    Offsets starts = new Offsets(lineStarts == null ? Math.max(16, n) : 1);
    Offsets unusual = new Offsets(4);
    Offsets comments = new Offsets(4);
    Offsets stars = new Offsets(16);
    Offsets destinations = new Offsets(16);
    Offsets schemes = new Offsets(16);
    Offsets codeOrEscapes = new Offsets(4);
    starts.add(0);
    // "**" is searched for on its own: stars are nearly half the characters the pass would stop at, and the JDK's
    // indexOf finds the pairs faster than sorting every star out (measured with JMH: the whole pass 1.77 → 1.35 ms)
    for (int j = text.indexOf("**"); j >= 0; j = text.indexOf("**", j + 1)) {
      stars.add(j);
    }
    for (int i = 0; i < n; i++) {
      int j = hits[i];
      char c = text.charAt(j);
      switch (KIND[c]) {
        case LINE_BREAK -> {
          if (c == '\n' || j + 1 >= length || text.charAt(j + 1) != '\n') {
            starts.add(j + 1); // a lone \r, or the \n of \r\n, ends a line
          }
        }
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
        case COLON -> {
          if (text.startsWith("//", j + 1)) {
            schemes.add(j);
          }
        }
        default -> codeOrEscapes.add(j);
      }
    }
    return new TextLandmarks(lineStarts == null ? starts.toArray() : lineStarts, unusual.toArray(),
        comments.toArray(), stars.toArray(), destinations.toArray(), schemes.toArray(), codeOrEscapes.toArray());
  }

  /** The offset of each line's first character, ascending (line breaks: {@code \n}, {@code \r\n}, {@code \r}). */
  public int[] lineStarts() {
    return lineStarts;
  }

  /** The offsets of the characters {@link #isUnusual} holds for, ascending. */
  public int[] unusualCharacters() {
    return unusual;
  }

  /** The offsets of every {@code <!--}, ascending. */
  public int[] commentOpenings() {
    return comments;
  }

  /** The offsets of every {@code *} followed by another, ascending (a run of three gives two). */
  public int[] doubleStars() {
    return doubleStars;
  }

  /** The offsets of every {@code ](}, ascending. */
  public int[] linkDestinations() {
    return linkDestinations;
  }

  /** The offsets of every {@code ://}, ascending. */
  public int[] schemes() {
    return schemes;
  }

  /** The offsets of every {@code `} and {@code \\} (which open code spans and escapes), ascending. */
  public int[] codeOrEscapes() {
    return codeOrEscapes;
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
  }
}
