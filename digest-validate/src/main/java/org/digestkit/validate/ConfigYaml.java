package org.digestkit.validate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.digestkit.validate.internal.EditDistance;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A configuration or profile file read into values that remember where they stand, so that every problem can be
 * reported at its file, line and column. Mappings keep their order and refuse a key given twice; an empty file
 * (or one of comments only) is an empty mapping.
 */
final class ConfigYaml {
  private ConfigYaml() {}

  /** Built on first use: runs without a configuration file never pay for a YAML mapper. */
  private static final class Yaml {
    static final YAMLMapper MAPPER = YAMLMapper.builder().build();
  }

  /** Where a value stands: the file (or profile) and the 1-based line and column. */
  record Origin(String source, int line, int column) {
    /** The prefix of a message about this place: {@code file:line:column: }. */
    String at() {
      return source + ":" + line + ":" + column + ": ";
    }
  }

  /**
   * A value with its origin: a {@code Map<String, Node>}, a {@code List<Node>}, or a scalar ({@link String},
   * {@link Boolean}, an integer as {@link Long} or {@link java.math.BigInteger}, a {@link Double}, or null).
   * A mapping's values also know where their key stands ({@code key}; else the value's origin).
   */
  record Node(@Nullable Object value, Origin origin, Origin key) {
    Node(@Nullable Object value, Origin origin) {
      this(value, origin, origin);
    }

    @SuppressWarnings("unchecked")
    @Nullable Map<String, Node> mapping() {
      return value instanceof Map<?, ?> m ? (Map<String, Node>) m : null;
    }

    /** The plain value: mappings and lists of plain values, as a YAML mapper would give them. */
    @Nullable Object plain() {
      if (value instanceof Map<?, ?> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put((String) k, ((Node) v).plain()));
        return Collections.unmodifiableMap(out);
      }
      if (value instanceof List<?> l) {
        List<Object> out = new ArrayList<>(l.size());
        for (Object o : l) {
          out.add(((Node) o).plain());
        }
        return Collections.unmodifiableList(out);
      }
      return value;
    }
  }

  /** Reads {@code bytes} from {@code source}: a mapping, or an error naming the place. */
  static Map<String, Node> read(byte[] bytes, String source) {
    try (JsonParser p = Yaml.MAPPER.createParser(bytes)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        return Map.of(); // empty, or comments only: no settings
      }
      Node root = value(p, source);
      if (root.value() == null) {
        return Map.of();
      }
      if (root.mapping() == null) {
        throw new ValidationConfig.ConfigException(root.origin().at() + "expected a mapping of settings "
            + "(profile, digests, rules)");
      }
      return root.mapping();
    } catch (JacksonException e) {
      TokenStreamLocation l = e.getLocation();
      String at = l == null ? source + ": " : source + ":" + l.getLineNr() + ":" + l.getColumnNr() + ": ";
      throw new ValidationConfig.ConfigException(at + "not valid YAML: " + plain(e.getOriginalMessage()));
    }
  }

  /** A YAML parser's message on one line, without its own "in reader, line …" positions (ours come first). */
  private static String plain(@Nullable String message) {
    if (message == null) {
      return "syntax error";
    }
    List<String> parts = new ArrayList<>();
    for (String line : message.split("\\R")) {
      String t = line.strip();
      if (!t.isEmpty() && !t.startsWith("in reader") && !t.startsWith("^")) {
        parts.add(t.endsWith(":") ? t.substring(0, t.length() - 1) : t);
      }
    }
    return String.join("; ", parts);
  }

  private static Node value(JsonParser p, String source) {
    Origin origin = origin(p, source);
    JsonToken t = p.currentToken();
    return switch (t) {
      case START_OBJECT -> {
        Map<String, Node> map = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
          String key = p.currentName();
          Origin keyAt = origin(p, source);
          p.nextToken();
          Node v = value(p, source);
          Node before = map.get(key);
          if (before != null) {
            throw new ValidationConfig.ConfigException(keyAt.at() + "'" + key + "' is given twice (first at line "
                + before.origin().line() + ")");
          }
          map.put(key, new Node(v.value(), v.origin(), keyAt));
        }
        yield new Node(map, origin);
      }
      case START_ARRAY -> {
        List<Node> list = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          list.add(value(p, source));
        }
        yield new Node(list, origin);
      }
      case VALUE_STRING -> new Node(p.getString(), origin);
      case VALUE_NUMBER_INT -> new Node(p.getNumberValue() instanceof Integer i ? Long.valueOf(i)
          : p.getNumberValue(), origin);
      case VALUE_NUMBER_FLOAT -> new Node(p.getDoubleValue(), origin);
      case VALUE_TRUE -> new Node(Boolean.TRUE, origin);
      case VALUE_FALSE -> new Node(Boolean.FALSE, origin);
      case VALUE_NULL -> new Node(null, origin);
      default -> new Node(p.getValueAsString(), origin);
    };
  }

  private static Origin origin(JsonParser p, String source) {
    TokenStreamLocation l = p.currentTokenLocation();
    return new Origin(source, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
  }

  /** The closest of {@code known} to {@code word}, as {@code " (did you mean x?)"}, or empty when none is close. */
  static String didYouMean(String word, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      int d = EditDistance.between(word, k, 200);
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    return best != null && bestDistance <= Math.max(2, word.length() / 3) ? " (did you mean " + best + "?)" : "";
  }
}
