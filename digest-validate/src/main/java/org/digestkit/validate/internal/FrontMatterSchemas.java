package org.digestkit.validate.internal;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.digestkit.core.model.FrontMatter;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON Schema checks of front matter with networknt json-schema-validator (draft 2020-12 unless the schema names
 * another). Kept apart from the rule so that json-schema-validator is loaded only when a schema is configured.
 */
public final class FrontMatterSchemas {
  private FrontMatterSchemas() {}

  /** Compiled schemas by the option that names them: a run checks many posts against one schema. */
  private static final Map<Object, Schema> SCHEMAS = new ConcurrentHashMap<>();

  /** The schema's errors for {@code fm}, each at the key's position with the schema's message. */
  public static List<FrontMatterConstraints.Problem> check(FrontMatter fm, Object schemaOption) {
    Schema schema = SCHEMAS.computeIfAbsent(schemaOption, FrontMatterSchemas::load);
    List<FrontMatterConstraints.Problem> out = new ArrayList<>();
    for (Error e : schema.validate(FrontMatterJson.of(fm))) {
      List<Object> path = path(e.getInstanceLocation());
      FrontMatter.KeyPosition at = fm.position(path).orElse(fm.start());
      out.add(new FrontMatterConstraints.Problem(path, at.line(), at.column(), e.getMessage()));
    }
    return out;
  }

  /** A JSON pointer's steps as a key path ({@link String} keys, {@link Integer} indexes). */
  private static List<Object> path(NodePath location) {
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < location.getNameCount(); i++) {
      Object step = location.getElement(i);
      out.add(step instanceof Number n ? (Object) n.intValue() : String.valueOf(step));
    }
    return out;
  }

  /** The schema an option names: a mapping is the schema itself, anything else a file path. */
  private static Schema load(Object option) {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    if (option instanceof Map<?, ?> inline) {
      return registry.getSchema(JsonMapper.shared().writeValueAsString(inline), InputFormat.JSON);
    }
    Path file = Path.of(option.toString());
    try {
      String text = Files.readString(file);
      String name = file.getFileName() == null ? "" : file.getFileName().toString();
      return registry.getSchema(text, name.endsWith(".yaml") || name.endsWith(".yml") ? InputFormat.YAML
          : InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the front-matter schema " + file + ": " + e.getMessage(), e);
    }
  }
}
