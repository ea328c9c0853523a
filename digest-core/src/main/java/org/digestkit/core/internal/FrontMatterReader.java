package org.digestkit.core.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.digestkit.core.DigestParseException;
import org.digestkit.core.ParseLimits;
import org.digestkit.core.model.FrontMatter;
import org.digestkit.core.model.FrontMatterEntry;
import org.digestkit.core.model.FrontMatterValue;
import org.digestkit.core.model.ScalarStyle;
import org.digestkit.core.model.SourceInfo;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.Mark;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads the front matter between the {@code ---} fences into its top-level entries, each with its key, decoded
 * value and raw lines. Two paths give the same result: {@link SimpleYaml} reads front matter made only of
 * simple one-line entries exactly; any other front matter is read whole by Jackson YAML, whose top-level keys
 * start the entries. Every top-level block mapping YAML 1.2 allows is read (quoted keys, space before the colon,
 * comments, block scalars, block sequences with or without indentation, flow collections, CRLF). Anchors,
 * aliases, tags, duplicate keys, two keys on one line and over-limit input are errors with file positions.
 * The system property {@code digestkit.simpleYaml=false} turns the exact reader off (tests run both ways).
 */
public final class FrontMatterReader {

  /** Whether readers built without saying use {@link SimpleYaml} (system property {@code digestkit.simpleYaml}). */
  static final boolean SIMPLE_YAML = !"false".equals(System.getProperty("digestkit.simpleYaml"));

  /** A top-level entry as read: its key and value, and where its text starts and ends in the post. */
  record Span(String key, FrontMatterValue value, int start, int end) {}

  private final ParseLimits limits;
  private final boolean simpleYaml;
  private volatile YAMLMapper mapper;

  /** A reader held to {@code limits}, with the one-line fast path unless {@code -Ddigestkit.simpleYaml=false}. */
  public FrontMatterReader(ParseLimits limits) {
    this(limits, SIMPLE_YAML);
  }

  /** A reader that uses the exact one-line reader where it can ({@code simpleYaml}) or Jackson YAML always. */
  FrontMatterReader(ParseLimits limits, boolean simpleYaml) {
    this.limits = limits;
    this.simpleYaml = simpleYaml;
  }

  /** Where the front matter ends: the index of the closing fence line, or -1 when the text has none. */
  static int closingFence(Lines lines, int firstLine) {
    for (int i = firstLine + 1; i < lines.count(); i++) {
      String l = lines.line(i);
      if (isFence(l, "---") || isFence(l, "...")) {
        return i;
      }
    }
    return -1;
  }

  static boolean isFence(String line, String fence) {
    if (!line.startsWith(fence)) {
      return false;
    }
    for (int i = fence.length(); i < line.length(); i++) {
      if (line.charAt(i) != ' ' && line.charAt(i) != '\t') {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads the front matter whose fences are on lines {@code open} and {@code close}, emitting its leaves
   * through {@code cursor}.
   */
  FrontMatter read(Lines lines, int open, int close, Cursor cursor) {
    int fmStart = lines.start(open + 1 <= close ? open + 1 : close);
    int fmEnd = lines.start(close);
    if (fmEnd - fmStart > limits.maxFrontMatterChars()) {
      throw cursor.error("front-matter-too-large",
          "the front matter is larger than the limit of " + limits.maxFrontMatterChars() + " characters",
          lines.start(open));
    }
    SourceInfo openFence = cursor.leaf(lines.start(open), lines.contentEnd(open), "---");
    List<Span> spans = simpleYaml ? SimpleYaml.entries(lines, open + 1, close, limits) : null;
    if (spans == null) {
      checkKeyLengths(lines, open + 1, close, cursor);
      spans = readWithJackson(lines, open + 1, close, cursor);
    }
    List<FrontMatterEntry> entries = new ArrayList<>(spans.size());
    for (Span span : spans) {
      FrontMatterEntry parsedValue = new FrontMatterEntry(span.key(), span.value(), SourceInfo.NONE);
      entries.add(new FrontMatterEntry(span.key(), span.value(), cursor.leaf(span.start(), span.end(), parsedValue)));
    }
    SourceInfo closeFence =
        cursor.leaf(lines.start(close), lines.contentEnd(close), lines.line(close).startsWith("...") ? "..." : "---");
    return new FrontMatter(true, entries, openFence, closeFence);
  }

  /**
   * Refuses an over-long key where it stands: YAML reads a plain key of more than 1024 characters as no key at
   * all, so the limit would otherwise surface as a puzzling "not a mapping".
   */
  private void checkKeyLengths(Lines lines, int first, int end, Cursor cursor) {
    for (int i = first; i < end; i++) {
      StringBuilder key = new StringBuilder();
      if (SimpleYaml.keyLine(lines.line(i), key) >= 0 && key.length() > limits.maxYamlKeyLength()) {
        throw cursor.error("yaml-limit", "a front-matter key is longer than " + limits.maxYamlKeyLength()
            + " characters", lines.start(i));
      }
    }
  }

  /**
   * Reads lines {@code [first, end)} with Jackson YAML. Each top-level key starts an entry, which runs to the
   * last line before the next key that is neither blank nor a comment at the start of a line.
   */
  private List<Span> readWithJackson(Lines lines, int first, int end, Cursor cursor) {
    int fmStart = lines.start(first <= end ? first : end);
    int fmEnd = lines.start(end);
    String yaml = lines.text().substring(fmStart, fmEnd);
    Lines yamlLines = new Lines(yaml);
    List<String> keys = new ArrayList<>();
    List<Integer> keyOffsets = new ArrayList<>();
    List<FrontMatterValue> values = new ArrayList<>();
    try (JsonParser parser = mapper().createParser(yaml)) {
      JsonToken t = parser.nextToken();
      if (t == null) {
        return List.of();
      }
      check(parser, yamlLines, fmStart, cursor);
      if (t != JsonToken.START_OBJECT) {
        throw errorAt(cursor, "yaml-not-mapping", "the front matter must be a mapping of keys to values", parser,
            yamlLines, fmStart);
      }
      Map<String, Integer> seen = new HashMap<>();
      while ((t = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
        String key = parser.currentName();
        int at = tokenOffset(parser, yamlLines) + fmStart;
        while (at < fmEnd && (lines.text().charAt(at) == ' ' || lines.text().charAt(at) == ',')) {
          at++; // in a flow mapping SnakeYAML marks a key from the separator before it
        }
        duplicate(seen, key, at, cursor);
        if (!keyOffsets.isEmpty() && lines.lineOf(at) == lines.lineOf(keyOffsets.get(keyOffsets.size() - 1))) {
          throw cursor.error("yaml-syntax", "front-matter key '" + key + "' shares a line with the key before it:"
              + " write one top-level key per line", at);
        }
        parser.nextToken();
        keys.add(key);
        keyOffsets.add(at);
        values.add(readValue(parser, yamlLines, fmStart, cursor, 1));
      }
      if (parser.nextToken() != null) {
        throw errorAt(cursor, "yaml-syntax", "unexpected content after the front-matter mapping", parser, yamlLines,
            fmStart);
      }
    } catch (DigestParseException e) {
      throw e;
    } catch (JacksonException e) {
      throw jacksonError(e, yamlLines, fmStart, cursor);
    } catch (RuntimeException e) {
      // snakeyaml-engine can throw its own exceptions (or NumberFormatException) through Jackson
      throw jacksonError(e, yamlLines, fmStart, cursor);
    }
    List<Span> spans = new ArrayList<>(keys.size());
    for (int k = 0; k < keys.size(); k++) {
      int start = keyOffsets.get(k);
      int limit = k + 1 < keys.size() ? lines.lineOf(keyOffsets.get(k + 1)) : end;
      int last = lines.lineOf(start);
      for (int i = last + 1; i < limit; i++) {
        String l = lines.line(i);
        if (!lines.isBlank(i) && l.charAt(0) != '#') {
          last = i;
        }
      }
      spans.add(new Span(keys.get(k), values.get(k), start, lines.contentEnd(last)));
    }
    return spans;
  }

  private static void duplicate(Map<String, Integer> seen, String key, int offset, Cursor cursor) {
    Integer previous = seen.put(key, offset);
    if (previous != null) {
      throw cursor.error("yaml-duplicate-key", "duplicate front-matter key '" + key + "' (first defined on line "
          + cursor.lineAt(previous) + ")", offset);
    }
  }

  private YAMLMapper mapper() {
    YAMLMapper m = mapper;
    if (m == null) {
      synchronized (this) {
        m = mapper;
        if (m == null) {
          StreamReadConstraints constraints =
              StreamReadConstraints.builder()
                  .maxNestingDepth(limits.maxYamlDepth())
                  .maxStringLength(limits.maxYamlStringLength())
                  .maxNameLength(limits.maxYamlKeyLength())
                  .maxNumberLength(limits.maxYamlNumberLength())
                  .maxDocumentLength(limits.maxFrontMatterChars() + 1024L)
                  .build();
          YAMLFactory factory = YAMLFactory.builder().streamReadConstraints(constraints).build();
          m = YAMLMapper.builder(factory).build(); // duplicate keys: found by this reader, which names both lines
          mapper = m;
        }
      }
    }
    return m;
  }

  private Map<String, FrontMatterValue> decodeWithJackson(String yaml, int yamlOffset, Cursor cursor) {
    Lines yamlLines = new Lines(yaml);
    try (JsonParser parser = mapper().createParser(yaml)) {
      JsonToken t = parser.nextToken();
      Map<String, FrontMatterValue> out = new LinkedHashMap<>();
      if (t == null) {
        return out;
      }
      check(parser, yamlLines, yamlOffset, cursor);
      if (t != JsonToken.START_OBJECT) {
        throw errorAt(cursor, "yaml-not-mapping", "the front matter must be a mapping of keys to values", parser,
            yamlLines, yamlOffset);
      }
      while ((t = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
        String key = parser.currentName();
        parser.nextToken();
        out.put(key, readValue(parser, yamlLines, yamlOffset, cursor, 1));
      }
      if (parser.nextToken() != null) {
        throw errorAt(cursor, "yaml-syntax", "unexpected content after the front-matter mapping", parser, yamlLines,
            yamlOffset);
      }
      return out;
    } catch (DigestParseException e) {
      throw e;
    } catch (JacksonException e) {
      throw jacksonError(e, yamlLines, yamlOffset, cursor);
    } catch (RuntimeException e) {
      // snakeyaml-engine can throw its own exceptions (or NumberFormatException) through Jackson
      throw jacksonError(e, yamlLines, yamlOffset, cursor);
    }
  }

  private FrontMatterValue readValue(JsonParser p, Lines yamlLines, int yamlOffset, Cursor cursor, int depth) {
    check(p, yamlLines, yamlOffset, cursor);
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_ARRAY) {
      List<FrontMatterValue> items = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        items.add(readValue(p, yamlLines, yamlOffset, cursor, depth + 1));
      }
      return new FrontMatterValue.Sequence(items, true);
    }
    if (t == JsonToken.START_OBJECT) {
      Map<String, FrontMatterValue> map = new LinkedHashMap<>();
      Map<String, Integer> seen = new HashMap<>();
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String key = p.currentName();
        duplicate(seen, key, tokenOffset(p, yamlLines) + yamlOffset, cursor);
        p.nextToken();
        map.put(key, readValue(p, yamlLines, yamlOffset, cursor, depth + 1));
      }
      return new FrontMatterValue.Mapping(map);
    }
    if (t == JsonToken.VALUE_NULL) {
      return new FrontMatterValue.Scalar("", ScalarStyle.PLAIN);
    }
    char first = charAt(p, yamlLines);
    if (first == '&') {
      throw errorAt(cursor, "yaml-anchor", "YAML anchors are not allowed in front matter", p, yamlLines, yamlOffset);
    }
    if (first == '!') {
      throw errorAt(cursor, "yaml-tag", "YAML tags are not allowed in front matter", p, yamlLines, yamlOffset);
    }
    String text = p.getString();
    if ((t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT)
        && text.length() > limits.maxYamlNumberLength()) {
      throw errorAt(cursor, "yaml-limit", "a number is longer than " + limits.maxYamlNumberLength() + " characters",
          p, yamlLines, yamlOffset);
    }
    return new FrontMatterValue.Scalar(text, styleAt(p, yamlLines));
  }

  /** The character where the current token starts in the YAML text, or a space when unknown. */
  private static char charAt(JsonParser p, Lines yamlLines) {
    int at = tokenOffset(p, yamlLines);
    return at < yamlLines.text().length() ? yamlLines.text().charAt(at) : ' ';
  }

  /** Where the current token starts in the YAML text. */
  private static int tokenOffset(JsonParser p, Lines yamlLines) {
    TokenStreamLocation loc = p.currentTokenLocation();
    return offsetOf(yamlLines, loc.getLineNr() - 1, loc.getColumnNr() - 1);
  }

  private static ScalarStyle styleAt(JsonParser p, Lines yamlLines) {
    return switch (charAt(p, yamlLines)) {
      case '"' -> ScalarStyle.DOUBLE_QUOTED;
      case '\'' -> ScalarStyle.SINGLE_QUOTED;
      case '|' -> ScalarStyle.LITERAL;
      case '>' -> ScalarStyle.FOLDED;
      default -> ScalarStyle.PLAIN;
    };
  }

  private void check(JsonParser p, Lines yamlLines, int yamlOffset, Cursor cursor) {
    if (p instanceof YAMLParser yp) {
      if (yp.isCurrentAlias()) {
        throw errorAt(cursor, "yaml-alias", "YAML aliases are not allowed in front matter", p, yamlLines, yamlOffset);
      }
      if (yp.getObjectId() != null) {
        throw errorAt(cursor, "yaml-anchor", "YAML anchors are not allowed in front matter", p, yamlLines,
            yamlOffset);
      }
      if (yp.getTypeId() != null) {
        throw errorAt(cursor, "yaml-tag", "YAML tags are not allowed in front matter", p, yamlLines, yamlOffset);
      }
    }
  }

  private static DigestParseException errorAt(
      Cursor cursor, String code, String message, JsonParser p, Lines yamlLines, int yamlOffset) {
    return cursor.error(code, message, tokenOffset(p, yamlLines) + yamlOffset);
  }

  /** The offset of a 0-based line and column as SnakeYAML counts them (columns in code points). */
  static int offsetOf(Lines lines, int line, int column) {
    if (line < 0) {
      return 0;
    }
    if (line >= lines.count()) {
      return lines.text().length();
    }
    int start = lines.start(line);
    int end = lines.contentEnd(line);
    int at = start;
    for (int c = 0; c < column && at < end; c++) {
      at += Character.isHighSurrogate(lines.text().charAt(at)) && at + 1 < end ? 2 : 1;
    }
    return at;
  }

  private static DigestParseException jacksonError(RuntimeException e, Lines yamlLines, int yamlOffset, Cursor cursor) {
    Throwable cause = e;
    while (cause != null) {
      if (cause instanceof MarkedYamlEngineException marked) {
        String problem = marked.getProblem() == null ? "invalid YAML" : marked.getProblem();
        // an unclosed quote or bracket is reported at the end of input; its context is where it was opened
        boolean atEnd = problem.contains("end of stream") || problem.contains("<stream end>");
        Mark mark = atEnd && marked.getContextMark().isPresent()
            ? marked.getContextMark().get()
            : marked.getProblemMark().orElse(marked.getContextMark().orElse(null));
        if (marked.getContext() != null && atEnd) {
          problem = problem + " " + marked.getContext();
        }
        int offset = mark == null ? 0 : offsetOf(yamlLines, mark.getLine(), mark.getColumn());
        return cursor.error("yaml-syntax", "front-matter YAML: " + problem, offset + yamlOffset, e);
      }
      cause = cause.getCause() == cause ? null : cause.getCause();
    }
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : firstLine(e.getMessage());
    String code = message.contains("Duplicate") ? "yaml-duplicate-key"
        : message.contains("exceeds") || message.contains("maximum") ? "yaml-limit" : "yaml-syntax";
    int offset = 0;
    if (e instanceof JacksonException je && je.getLocation() != null) {
      offset = offsetOf(yamlLines, je.getLocation().getLineNr() - 1, je.getLocation().getColumnNr() - 1);
    }
    return cursor.error(code, "front-matter YAML: " + message, offset + yamlOffset, e);
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    String line = nl < 0 ? s : s.substring(0, nl);
    int src = line.indexOf(" at [Source");
    return src > 0 ? line.substring(0, src) : line;
  }
}
