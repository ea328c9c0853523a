package org.digestkit.core.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The YAML front matter: its top-level entries in source order, each with its decoded value and raw lines, and
 * typed views of the keys a digest uses ({@code title}, {@code date}, {@code category}, {@code tags},
 * {@code seo}, {@code coverImage}, {@code summary}). Unknown keys are kept like any other.
 *
 * @param present whether the post has front matter at all
 * @param entries the top-level entries in order
 * @param openFence the opening {@code ---} line
 * @param closeFence the closing {@code ---} line; its leading text holds any trailing comments or blank lines
 */
public record FrontMatter(boolean present, List<FrontMatterEntry> entries, SourceInfo openFence, SourceInfo closeFence) {

  /**
   * Checks the components and copies the lists.
   *
   *
   * @param present whether the post has front matter at all
   * @param entries the top-level entries in order
   * @param openFence the opening {@code ---} line
   * @param closeFence the closing {@code ---} line; its leading text holds any trailing comments or blank lines
   */
  public FrontMatter {
    entries = List.copyOf(entries);
    Objects.requireNonNull(openFence, "openFence");
    Objects.requireNonNull(closeFence, "closeFence");
  }

  /** {@return no front matter} */
  public static FrontMatter absent() {
    return new FrontMatter(false, List.of(), SourceInfo.NONE, SourceInfo.NONE);
  }

  /**
   * Front matter with the given entries.
   *
   * @param entries the entries
   * @return a front matter holding {@code entries}, built through the API
   */
  public static FrontMatter of(List<FrontMatterEntry> entries) {
    return new FrontMatter(true, entries, SourceInfo.NONE, SourceInfo.NONE);
  }

  /**
   * {@return the entry for {@code key}, if present}
   *
   * @param key a top-level key
   */
  public Optional<FrontMatterEntry> entry(String key) {
    for (FrontMatterEntry e : entries) {
      if (e.key().equals(key)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** {@return the keys in source order} */
  public List<String> keys() {
    List<String> keys = new ArrayList<>(entries.size());
    for (FrontMatterEntry e : entries) {
      keys.add(e.key());
    }
    return List.copyOf(keys);
  }

  /**
   * {@return the text of a scalar key, if present and a scalar}
   *
   * @param key a top-level key
   */
  public Optional<String> text(String key) {
    return entry(key).map(FrontMatterEntry::value).filter(v -> v instanceof FrontMatterValue.Scalar)
        .map(FrontMatterValue::asText);
  }

  /** {@return the {@code title}} */
  public Optional<String> title() {
    return text("title");
  }

  /** {@return the {@code date} exactly as written} */
  public Optional<String> dateText() {
    return text("date");
  }

  /** {@return the {@code date} as a calendar date, when it is a valid {@code YYYY-MM-DD}} */
  public Optional<LocalDate> date() {
    return dateText().flatMap(FrontMatter::isoDate);
  }

  /**
   * {@return the calendar date of a {@code YYYY-MM-DD} text, or empty when it has another shape or names no day (like
   * {@code 2026-02-30}); read by hand, as {@code LocalDate.parse} costs a formatter run per call}
   *
   * @param s the text
   */
  public static Optional<LocalDate> isoDate(String s) {
    if (!hasIsoDateShape(s)) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(s, 0, 4, 10), Integer.parseInt(s, 5, 7, 10),
          Integer.parseInt(s, 8, 10, 10)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * {@return whether {@code s} has the shape {@code YYYY-MM-DD}: ten characters, digits with dashes at 4 and 7}
   * Only the shape is checked ({@code 2026-02-30} has it); {@link #isoDate} also checks the calendar.
   *
   * @param s the text
   */
  public static boolean hasIsoDateShape(String s) {
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      if (i != 4 && i != 7 && (s.charAt(i) < '0' || s.charAt(i) > '9')) {
        return false;
      }
    }
    return true;
  }

  /** {@return the {@code category}} */
  public Optional<String> category() {
    return text("category");
  }

  /** {@return the {@code tags} (a scalar counts as one tag); empty when absent} */
  public List<String> tags() {
    return list("tags");
  }

  /** {@return the {@code seo} keywords; empty when absent} */
  public List<String> seo() {
    return list("seo");
  }

  /** {@return the {@code coverImage} URL} */
  public Optional<String> coverImage() {
    return text("coverImage");
  }

  /**
   * {@return the values of a list key (a scalar counts as a one-element list)}
   *
   * @param key a top-level key
   */
  public List<String> list(String key) {
    Optional<FrontMatterEntry> e = entry(key);
    if (e.isEmpty()) {
      return List.of();
    }
    FrontMatterValue v = e.get().value();
    if (v instanceof FrontMatterValue.Sequence seq) {
      return seq.texts();
    }
    if (v instanceof FrontMatterValue.Scalar s && !s.text().isEmpty()) {
      return List.of(s.text());
    }
    return List.of();
  }

  /** {@return the {@code summary} read as entries, each with its line and column in the file} */
  public Optional<Summary> summary() {
    Optional<FrontMatterEntry> e = entry("summary");
    if (e.isEmpty() || !(e.get().value() instanceof FrontMatterValue.Scalar scalar)) {
      return Optional.empty();
    }
    return Optional.of(Summary.read(scalar.text(), new ScalarLocator(e.get(), scalar)));
  }

  /**
   * A 1-based line and column in the front matter: where a key or list element stands, or its opening fence. (Not
   * the validator's {@code spi.Position}, a finding's position, which requires both to be 1 or more.)
   *
   * @param line the 1-based line
   * @param column the 1-based column (UTF-16 code units)
   */
  public record KeyPosition(int line, int column) {}

  /**
   * {@return where a key path stands in the file: {@code List.of("tags", 2)} is the third element of {@code tags},
   * {@code List.of("author", "name")} the nested key {@code name}} When the path goes deeper than the front matter
   * does (a nested key that is missing), the position of the deepest part that exists; empty when the top-level
   * key is absent or the front matter was not read from a file.
   *
   * @param path {@link String} keys and {@link Integer} list indexes, starting with a top-level key
   */
  public Optional<KeyPosition> position(List<?> path) {
    return FrontMatterTree.position(this, path);
  }

  /** {@return the position of the opening fence (1:1 when the front matter was not read from a file)} */
  public KeyPosition start() {
    return openFence.isParsed() ? new KeyPosition(openFence.line(), openFence.column()) : new KeyPosition(1, 1);
  }

  /**
   * {@return the front matter bound to {@code type} (a record or bean) with Jackson: keys to properties, scalars
   * converted to the property's type (numbers, booleans, enums, {@code java.time} dates), lists and nested mappings to
   * collections and nested types} Keys the type does not declare are ignored unless it says otherwise ({@code
   * @JsonIgnoreProperties(ignoreUnknown = false)}); a key written with no value binds as null.
   *
   * @param <T> the type to bind to
   * @param type the type to bind to
   * @throws org.digestkit.core.FrontMatterBindingException when a value cannot bind, naming the key (or list
   *     element) and its line and column
   */
  public <T> T as(Class<T> type) {
    return FrontMatterTree.bind(this, Objects.requireNonNull(type, "type"));
  }

  /**
   * {@return a copy where {@code key} has the given value: replaced in place, or appended when new}
   *
   * @param key a top-level key
   * @param value the value
   */
  public FrontMatter with(String key, FrontMatterValue value) {
    List<FrontMatterEntry> out = new ArrayList<>(entries);
    for (int i = 0; i < out.size(); i++) {
      if (out.get(i).key().equals(key)) {
        out.set(i, out.get(i).withValue(value));
        return new FrontMatter(true, out, openFence, closeFence);
      }
    }
    out.add(FrontMatterEntry.of(key, value));
    return new FrontMatter(true, out, openFence, closeFence);
  }

  /**
   * {@return a copy where the scalar {@code key} has the given text (style chosen by the writer when it changes)}
   *
   * @param key a top-level key
   * @param text the text
   */
  public FrontMatter with(String key, String text) {
    ScalarStyle style =
        entry(key).map(FrontMatterEntry::value).filter(v -> v instanceof FrontMatterValue.Scalar)
            .map(v -> ((FrontMatterValue.Scalar) v).style()).orElse(ScalarStyle.PLAIN);
    return with(key, new FrontMatterValue.Scalar(text, style));
  }

  /**
   * {@return a copy without {@code key}}
   *
   * @param key a top-level key
   */
  public FrontMatter without(String key) {
    List<FrontMatterEntry> out = new ArrayList<>(entries);
    out.removeIf(e -> e.key().equals(key));
    return new FrontMatter(present, out, openFence, closeFence);
  }

  /** Maps decoded summary indexes back to the file, walking the raw scalar and its escapes. */
  private static final class ScalarLocator implements Summary.Locator {
    private final FrontMatterEntry entry;
    private final FrontMatterValue.Scalar scalar;
    private int[] rawIndexOfDecoded;
    private String raw; // the entry's source text, its value's start and its line breaks: read once per summary
    private int start;
    private int[] breaks;

    ScalarLocator(FrontMatterEntry entry, FrontMatterValue.Scalar scalar) {
      this.entry = entry;
      this.scalar = scalar;
    }

    @Override
    public int[] locate(int index) {
      SourceInfo src = entry.source();
      if (!src.isParsed()) {
        return null;
      }
      if (raw == null) {
        raw = src.raw();
        int colon = raw.indexOf(':');
        start = colon + 1;
        while (start < raw.length() && (raw.charAt(start) == ' ' || raw.charAt(start) == '\t')) {
          start++;
        }
        int[] at = new int[8];
        int n = 0;
        for (int i = raw.indexOf('\n'); i >= 0; i = raw.indexOf('\n', i + 1)) {
          if (n == at.length) {
            at = java.util.Arrays.copyOf(at, n * 2);
          }
          at[n++] = i;
        }
        breaks = java.util.Arrays.copyOf(at, n);
      }
      int rawIndex;
      if (scalar.style() == ScalarStyle.DOUBLE_QUOTED || scalar.style() == ScalarStyle.SINGLE_QUOTED) {
        if (rawIndexOfDecoded == null) {
          rawIndexOfDecoded = mapQuoted(raw, start, scalar.style() == ScalarStyle.DOUBLE_QUOTED);
        }
        rawIndex = index < rawIndexOfDecoded.length ? rawIndexOfDecoded[index] : start;
      } else if (scalar.style() == ScalarStyle.PLAIN && breaks.length == 0) {
        rawIndex = Math.min(start + index, raw.length());
      } else {
        return new int[] {src.line(), src.column()};
      }
      // the line breaks before rawIndex
      int k = java.util.Arrays.binarySearch(breaks, rawIndex);
      int before = k >= 0 ? k : -k - 1;
      int line = src.line() + before;
      int lineStart = before == 0 ? 0 : breaks[before - 1] + 1;
      int column = (line == src.line() ? src.column() - 1 : 0) + rawIndex - lineStart + 1;
      return new int[] {line, column};
    }

    private static int[] mapQuoted(String raw, int quote, boolean doubleQuoted) {
      int[] map = new int[raw.length() + 1];
      int n = 0;
      int i = quote + 1;
      while (i < raw.length()) {
        char c = raw.charAt(i);
        if (c > '\\' || c > '\'' && c < '\\') {
          map[n++] = i++; // letters, digits, CJK, most punctuation: none of the characters below
          continue;
        }
        if (doubleQuoted && c == '"' || !doubleQuoted && c == '\'' && !(i + 1 < raw.length() && raw.charAt(i + 1) == '\'')) {
          break;
        }
        if (doubleQuoted && c == '\\' && i + 1 < raw.length()
            && (raw.charAt(i + 1) == '\n' || raw.charAt(i + 1) == '\r')) {
          // an escaped line break joins the lines: it and the next line's indentation decode to nothing
          i += raw.charAt(i + 1) == '\r' && i + 2 < raw.length() && raw.charAt(i + 2) == '\n' ? 3 : 2;
          while (i < raw.length() && (raw.charAt(i) == ' ' || raw.charAt(i) == '\t')) {
            i++;
          }
          continue;
        }
        map[n++] = i;
        if (doubleQuoted && c == '\\' && i + 1 < raw.length()) {
          char e = raw.charAt(i + 1);
          i += e == 'x' ? 4 : e == 'u' ? 6 : e == 'U' ? 10 : 2;
        } else if (!doubleQuoted && c == '\'') {
          i += 2;
        } else if (c == '\n' || c == '\r') {
          i++;
          while (i < raw.length() && (raw.charAt(i) == ' ' || raw.charAt(i) == '\t' || raw.charAt(i) == '\n'
              || raw.charAt(i) == '\r')) {
            i++;
          }
        } else {
          i++;
        }
      }
      return java.util.Arrays.copyOf(map, n);
    }
  }
}
