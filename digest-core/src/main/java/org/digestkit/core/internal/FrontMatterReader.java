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
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads the front matter between the {@code ---} fences: a line reader splits it into top-level entries and
 * keeps their raw lines; values are decoded by a small exact reader for the simple forms digests use (plain
 * and double-quoted scalars, flow lists of double-quoted strings) and by Jackson YAML for everything else.
 * Anchors, aliases, tags, duplicate keys and over-limit input are errors with file positions.
 */
public final class FrontMatterReader {

  private final ParseLimits limits;
  private volatile YAMLMapper mapper;

  public FrontMatterReader(ParseLimits limits) {
    this.limits = limits;
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
    // split into entries: a top-level key line starts an entry, indented and blank lines continue it
    List<int[]> spans = new ArrayList<>(); // {firstLine, lastLine}
    for (int i = open + 1; i < close; i++) {
      String l = lines.line(i);
      if (l.isEmpty() || l.isBlank() || l.startsWith("#")) {
        continue;
      }
      char c = l.charAt(0);
      boolean continuation = c == ' ' || c == '\t' || (c == '-' && (l.length() == 1 || l.charAt(1) == ' '));
      if (continuation && !spans.isEmpty()) {
        spans.get(spans.size() - 1)[1] = i;
      } else {
        spans.add(new int[] {i, i});
      }
    }
    List<FrontMatterEntry> entries = new ArrayList<>(spans.size());
    Map<String, Integer> seen = new HashMap<>();
    List<Object[]> pending = new ArrayList<>(); // entries the fast path could not decode
    for (int[] span : spans) {
      int s = lines.start(span[0]);
      int e = lines.contentEnd(span[1]);
      String raw = lines.text().substring(s, e);
      String key = keyOf(raw);
      if (key == null) {
        pending.add(new Object[] {span, null});
        continue;
      }
      if (key.length() > limits.maxYamlKeyLength()) {
        throw cursor.error("yaml-limit", "a front-matter key is longer than " + limits.maxYamlKeyLength()
            + " characters", s);
      }
      Integer previous = seen.put(key, span[0]);
      if (previous != null) {
        throw cursor.error("yaml-duplicate-key", "duplicate front-matter key '" + key + "' (first defined on line "
            + cursor.fileLine(previous) + ")", s);
      }
      FrontMatterValue value = span[0] == span[1] ? SimpleYaml.value(raw, key.length() + 1, limits) : null;
      pending.add(new Object[] {span, value});
    }
    boolean allSimple = true;
    for (Object[] p : pending) {
      if (p[1] == null) {
        allSimple = false;
        break;
      }
    }
    Map<String, FrontMatterValue> decoded = null;
    if (!allSimple) {
      decoded = decodeWithJackson(lines.text().substring(fmStart, fmEnd), fmStart, cursor);
    }
    for (Object[] p : pending) {
      int[] span = (int[]) p[0];
      int s = lines.start(span[0]);
      int e = lines.contentEnd(span[1]);
      String raw = lines.text().substring(s, e);
      String key = keyOf(raw);
      FrontMatterValue value = (FrontMatterValue) p[1];
      if (value == null) {
        value = decoded == null ? null : decoded.get(key);
      }
      if (key == null || value == null) {
        throw cursor.error("yaml-syntax", "front-matter line is not a 'key: value' entry", s);
      }
      FrontMatterEntry parsedValue = new FrontMatterEntry(key, value, SourceInfo.NONE);
      entries.add(new FrontMatterEntry(key, value, cursor.leaf(s, e, parsedValue)));
    }
    SourceInfo closeFence =
        cursor.leaf(lines.start(close), lines.contentEnd(close), lines.line(close).startsWith("...") ? "..." : "---");
    return new FrontMatter(true, entries, openFence, closeFence);
  }

  /** The key of a top-level {@code key: value} line, or null when the line is not a simple mapping key. */
  static String keyOf(String raw) {
    int n = raw.length();
    int i = 0;
    if (n == 0) {
      return null;
    }
    char first = raw.charAt(0);
    if (first == '"' || first == '\'' || first == '?' || first == '[' || first == '{' || first == '&'
        || first == '*' || first == '!' || first == '%' || first == '@' || first == '`' || first == '|'
        || first == '>' || first == '#' || first == '-' || first == ' ') {
      return null;
    }
    while (i < n) {
      char c = raw.charAt(i);
      if (c == ':' && (i + 1 == n || raw.charAt(i + 1) == ' ' || raw.charAt(i + 1) == '\n'
          || raw.charAt(i + 1) == '\r' || raw.charAt(i + 1) == '\t')) {
        String key = raw.substring(0, i);
        return key.strip().equals(key) && !key.isEmpty() ? key : null;
      }
      if (c == '\n' || c == '\r' || c == '#' && i > 0 && raw.charAt(i - 1) == ' ') {
        return null;
      }
      i++;
    }
    return null;
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
          m = YAMLMapper.builder(factory).enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
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
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String key = p.currentName();
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
    TokenStreamLocation loc = p.currentTokenLocation();
    int line = loc.getLineNr() - 1;
    int col = loc.getColumnNr() - 1;
    if (line < 0 || line >= yamlLines.count()) {
      return ' ';
    }
    String l = yamlLines.line(line);
    return col < 0 || col >= l.length() ? ' ' : l.charAt(col);
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
    TokenStreamLocation loc = p.currentTokenLocation();
    return cursor.error(code, message, offsetOf(yamlLines, loc.getLineNr() - 1, loc.getColumnNr() - 1) + yamlOffset);
  }

  private static int offsetOf(Lines lines, int line, int column) {
    if (line < 0) {
      return 0;
    }
    if (line >= lines.count()) {
      return lines.text().length();
    }
    return Math.min(lines.start(line) + Math.max(0, column), lines.contentEnd(line));
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
