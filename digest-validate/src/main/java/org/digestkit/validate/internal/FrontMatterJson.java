package org.digestkit.validate.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.regex.Pattern;
import org.digestkit.core.model.FrontMatter;
import org.digestkit.core.model.FrontMatterEntry;
import org.digestkit.core.model.FrontMatterValue;
import org.digestkit.core.model.ScalarStyle;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The front matter as the JSON a JSON Schema checks: plain scalars typed as YAML 1.2's core schema types them
 * (null, booleans, integers, floats; everything else, dates included, is a string), quoted and block scalars
 * are strings, lists are arrays and mappings objects.
 */
public final class FrontMatterJson {
  private FrontMatterJson() {}

  private static final Pattern NULL = Pattern.compile("~|null|Null|NULL");
  private static final Pattern TRUE = Pattern.compile("true|True|TRUE");
  private static final Pattern FALSE = Pattern.compile("false|False|FALSE");
  private static final Pattern INT = Pattern.compile("[-+]?[0-9]+");
  private static final Pattern FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");

  /** The front matter as a JSON object. */
  public static ObjectNode of(FrontMatter fm) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    for (FrontMatterEntry e : fm.entries()) {
      root.set(e.key(), node(e.value()));
    }
    return root;
  }

  private static JsonNode node(FrontMatterValue value) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    if (value instanceof FrontMatterValue.Scalar s) {
      return s.style() == ScalarStyle.PLAIN ? plain(s.text()) : f.stringNode(s.text());
    }
    if (value instanceof FrontMatterValue.Sequence seq) {
      ArrayNode array = f.arrayNode();
      for (FrontMatterValue item : seq.items()) {
        array.add(node(item));
      }
      return array;
    }
    ObjectNode object = f.objectNode();
    for (Map.Entry<String, FrontMatterValue> e : ((FrontMatterValue.Mapping) value).entries().entrySet()) {
      object.set(e.getKey(), node(e.getValue()));
    }
    return object;
  }

  /** A plain scalar typed by YAML 1.2's core schema. */
  static JsonNode plain(String text) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    if (text.isEmpty() || NULL.matcher(text).matches()) {
      return f.nullNode();
    }
    if (TRUE.matcher(text).matches() || FALSE.matcher(text).matches()) {
      return f.booleanNode(text.charAt(0) == 't' || text.charAt(0) == 'T');
    }
    if (text.length() <= 64) { // numbers are bounded by the parser; longer digit runs stay text
      if (INT.matcher(text).matches()) {
        return f.numberNode(new BigInteger(text));
      }
      if (FLOAT.matcher(text).matches()) {
        return f.numberNode(new BigDecimal(text));
      }
    }
    return f.stringNode(text);
  }
}
