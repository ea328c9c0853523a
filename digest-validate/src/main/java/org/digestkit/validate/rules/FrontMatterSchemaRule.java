package org.digestkit.validate.rules;

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
import org.digestkit.core.FrontMatterBindingException;
import org.digestkit.core.model.FrontMatter;
import org.digestkit.validate.Severity;
import org.digestkit.validate.internal.FrontMatterJson;
import org.digestkit.validate.spi.RuleContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * The front matter meets a JSON Schema (draft 2020-12 unless the schema names another), checked with networknt
 * json-schema-validator. The schema is named in {@code .digestkit.yaml} with {@code frontMatter: {schema: file}}
 * (relative to that file), or given to the rule as its {@code schema} option: a path or the schema itself as a
 * mapping. Without one the rule checks nothing. Findings are at the key's line and column, with the schema's
 * message.
 */
public final class FrontMatterSchemaRule extends BaseRule {
  /** The rule's id. */
  public static final String ID = "front-matter-schema";

  /** Compiled schemas by option value: a validator checks many posts against one schema. */
  private final Map<Object, Schema> schemas = new ConcurrentHashMap<>();

  public FrontMatterSchemaRule() {
    super(ID, Severity.ERROR, "the front matter meets the JSON Schema named in the configuration");
  }

  @Override
  public boolean appliesToAllPosts() {
    return true;
  }

  @Override
  public void check(RuleContext ctx) {
    Object option = ctx.options().asMap().get("schema");
    FrontMatter fm = ctx.digest().frontMatter();
    if (option == null || !fm.present()) {
      return;
    }
    Schema schema = schemas.computeIfAbsent(option, FrontMatterSchemaRule::load);
    List<Error> errors = new ArrayList<>(schema.validate(FrontMatterJson.of(fm)));
    for (Error e : errors) {
      List<Object> path = path(e.getInstanceLocation());
      FrontMatter.Position at = fm.position(path).orElse(fm.start());
      ctx.report(at.line(), at.column(), (path.isEmpty() ? "front matter: "
          : "front-matter key '" + FrontMatterBindingException.key(path) + "' ") + e.getMessage());
    }
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
