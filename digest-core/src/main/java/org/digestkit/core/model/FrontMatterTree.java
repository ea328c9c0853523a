package org.digestkit.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.digestkit.core.FrontMatterBindingException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLFactory;

/**
 * Front matter as Jackson sees it: a tree for binding to a type, and the file position of a key path, found by
 * reading the entry's own lines again (only when a position is asked for, which is when something is wrong).
 */
final class FrontMatterTree {
  private FrontMatterTree() {}

  /** Built on first use: posts that are never bound never create a mapper. */
  private static final class Mappers {
    static final JsonMapper BINDING = JsonMapper.builder()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .addHandler(new UnknownKeys())
        .build();
    // the entry's text was read once already within the parser's limits; these bound the second reading too
    static final YAMLFactory YAML = YAMLFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
        .build();
  }

  /**
   * Skips a key the type does not declare, unless the type says {@code @JsonIgnoreProperties(ignoreUnknown =
   * false)} itself: front matter has keys for other tools, a type names the ones it needs.
   */
  private static final class UnknownKeys extends DeserializationProblemHandler {
    @Override
    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, ValueDeserializer<?> deserializer,
        Object beanOrClass, String propertyName) {
      Class<?> type = beanOrClass instanceof Class<?> c ? c : beanOrClass.getClass();
      JsonIgnoreProperties says = type.getAnnotation(JsonIgnoreProperties.class);
      if (says != null && !says.ignoreUnknown()) {
        return false;
      }
      p.skipChildren();
      return true;
    }
  }

  /** The front matter as a tree: scalars are strings as written (a YAML null is a null), lists and maps nest. */
  static ObjectNode tree(FrontMatter fm) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    for (FrontMatterEntry e : fm.entries()) {
      root.set(e.key(), node(e.value()));
    }
    return root;
  }

  private static JsonNode node(FrontMatterValue value) {
    if (value instanceof FrontMatterValue.Scalar s) {
      return s.style() == ScalarStyle.PLAIN && s.text().isEmpty()
          ? JsonNodeFactory.instance.nullNode()
          : JsonNodeFactory.instance.stringNode(s.text());
    }
    if (value instanceof FrontMatterValue.Sequence seq) {
      ArrayNode array = JsonNodeFactory.instance.arrayNode();
      for (FrontMatterValue item : seq.items()) {
        array.add(node(item));
      }
      return array;
    }
    ObjectNode object = JsonNodeFactory.instance.objectNode();
    for (Map.Entry<String, FrontMatterValue> e : ((FrontMatterValue.Mapping) value).entries().entrySet()) {
      object.set(e.getKey(), node(e.getValue()));
    }
    return object;
  }

  static <T> T bind(FrontMatter fm, Class<T> type) {
    try {
      return Mappers.BINDING.treeToValue(tree(fm), type);
    } catch (JacksonException e) {
      List<Object> path = new ArrayList<>();
      for (JacksonException.Reference r : e.getPath()) {
        if (r.getPropertyName() != null) {
          path.add(r.getPropertyName());
        } else if (r.getIndex() >= 0) {
          path.add(r.getIndex());
        }
      }
      FrontMatter.KeyPosition at = fm.position(path).orElse(fm.start());
      throw new FrontMatterBindingException(path, at.line(), at.column(), problem(e), e);
    }
  }

  /** Jackson's message without its location and reference chain, which the exception says in its own words. */
  private static String problem(JacksonException e) {
    String m = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  /**
   * The position of the deepest node along {@code path} that the entry's text holds (a key's first character,
   * a list element's first character), or null when the entry was not read from a file.
   */
  static FrontMatter.KeyPosition locate(FrontMatterEntry entry, List<?> path) {
    SourceInfo src = entry.source();
    if (!src.isParsed()) {
      return null;
    }
    FrontMatter.KeyPosition found = new FrontMatter.KeyPosition(src.line(), src.column());
    if (path.size() <= 1) {
      return found;
    }
    // the entry alone, at the column it stands at, is a one-key YAML mapping
    String text = " ".repeat(src.column() - 1) + src.raw();
    String[] lines = text.split("\r\n|\r|\n", -1);
    try (JsonParser p = Mappers.YAML.createParser(text)) {
      if (p.nextToken() != JsonToken.START_OBJECT || p.nextToken() != JsonToken.PROPERTY_NAME) {
        return found;
      }
      p.nextToken();
      for (int step = 1; step < path.size(); step++) {
        Object want = path.get(step);
        JsonToken t = p.currentToken();
        boolean hit = false;
        if (t == JsonToken.START_OBJECT && want instanceof String key) {
          while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            if (p.currentName().equals(key)) {
              found = position(src, lines, p.currentTokenLocation());
              p.nextToken();
              hit = true;
              break;
            }
            p.nextToken();
            p.skipChildren();
          }
        } else if (t == JsonToken.START_ARRAY && want instanceof Integer index) {
          int i = 0;
          while (p.nextToken() != JsonToken.END_ARRAY) {
            if (i++ == index) {
              found = position(src, lines, p.currentTokenLocation());
              hit = true;
              break;
            }
            p.skipChildren();
          }
        }
        if (!hit) {
          return found;
        }
      }
      return found;
    } catch (RuntimeException e) { // JacksonException, or SnakeYAML's own
      return found; // an entry that reads on its own differently: its own position is the best there is
    }
  }

  private static FrontMatter.KeyPosition position(SourceInfo src, String[] lines, TokenStreamLocation loc) {
    int line = loc.getLineNr() - 1;
    int codePoints = loc.getColumnNr() - 1;
    String l = line >= 0 && line < lines.length ? lines[line] : "";
    int at = 0;
    for (int c = 0; c < codePoints && at < l.length(); c++) {
      at += Character.isHighSurrogate(l.charAt(at)) && at + 1 < l.length() ? 2 : 1;
    }
    return new FrontMatter.KeyPosition(src.line() + Math.max(0, line), at + 1);
  }

  static Optional<FrontMatter.KeyPosition> position(FrontMatter fm, List<?> path) {
    if (path.isEmpty() || !(path.get(0) instanceof String key)) {
      return Optional.empty();
    }
    return fm.entry(key).map(e -> locate(e, path));
  }
}
