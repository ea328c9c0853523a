package org.digestkit.validate.rules;

import java.util.List;
import org.digestkit.core.model.FrontMatter;
import org.digestkit.validate.Severity;
import org.digestkit.validate.internal.FrontMatterConstraints;
import org.digestkit.validate.internal.FrontMatterSchemas;
import org.digestkit.validate.spi.RuleContext;
import org.digestkit.validate.spi.RuleOption;

/**
 * The front matter meets a JSON Schema, checked with networknt json-schema-validator. The schema is named in
 * {@code .digestkit.yaml} with {@code frontMatter: {schema: file}} (relative to that file), or given to the rule
 * as its {@code schema} option: a path or the schema itself as a mapping. Without one the rule checks nothing.
 * Findings are at the key's line and column, with the schema's message.
 */
public final class FrontMatterSchemaRule extends BaseRule {
  /** The rule's id. */
  public static final String ID = "front-matter-schema";

  /** The rule with its id, default severity and description; {@link java.util.ServiceLoader} calls this. */
  public FrontMatterSchemaRule() {
    super(ID, Severity.ERROR, "the front matter meets the JSON Schema named in the configuration");
  }

  @Override
  public boolean appliesToAllPosts() {
    return true;
  }

  @Override
  public List<RuleOption> declaredOptions() {
    return List.of(RuleOption.pathOrMapping("schema", "the JSON Schema: a file, or the schema as a mapping"));
  }

  @Override
  public void check(RuleContext ctx) {
    Object schema = ctx.options().asMap().get("schema");
    FrontMatter fm = ctx.digest().frontMatter();
    if (schema == null || !fm.present()) {
      return;
    }
    for (FrontMatterConstraints.Problem p : FrontMatterSchemas.check(fm, schema)) {
      ctx.report(p.line(), p.column(), (p.path().isEmpty() ? "front matter: " : "front-matter key '" + p.key() + "' ")
          + p.message());
    }
  }
}
