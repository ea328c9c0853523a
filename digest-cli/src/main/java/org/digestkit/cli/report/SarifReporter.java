package org.digestkit.cli.report;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.digestkit.validate.DigestValidator;
import org.digestkit.validate.Finding;
import org.digestkit.validate.RuleDocs;
import org.digestkit.validate.Severity;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;

/** SARIF 2.1.0: one run, the rules with descriptions, default levels and help links, then the results. */
final class SarifReporter implements Reporter {
  private final JsonGenerator json;
  private final Map<String, Integer> ruleIndex = new HashMap<>();

  SarifReporter(Appendable out) {
    this.json = new JsonFactory().createGenerator(Writers.of(out));
  }

  @Override
  public void begin(List<DigestValidator.ActiveRule> rules) {
    json.writeStartObject();
    json.writeStringProperty("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    json.writeStringProperty("version", "2.1.0");
    json.writeArrayPropertyStart("runs");
    json.writeStartObject();
    json.writeObjectPropertyStart("tool");
    json.writeObjectPropertyStart("driver");
    json.writeStringProperty("name", "digestkit");
    json.writeStringProperty("informationUri", "https://github.com/digestkit/digestkit");
    json.writeArrayPropertyStart("rules");
    int i = 0;
    for (Map.Entry<String, String> builtIn : DigestValidator.BUILT_IN.entrySet()) {
      ruleIndex.put(builtIn.getKey(), i++);
      rule(builtIn.getKey(), builtIn.getValue(), Severity.ERROR);
    }
    for (DigestValidator.ActiveRule r : rules) {
      ruleIndex.put(r.rule().id(), i++);
      rule(r.rule().id(), r.rule().description(), r.severity());
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndObject();
    json.writeArrayPropertyStart("results");
  }

  private void rule(String id, String description, Severity severity) {
    json.writeStartObject();
    json.writeStringProperty("id", id);
    json.writeObjectPropertyStart("shortDescription");
    json.writeStringProperty("text", description);
    json.writeEndObject();
    if (RuleDocs.page(id).isPresent()) { // a third-party rule has no page among digestkit's
      json.writeStringProperty("helpUri", RuleDocs.url(id));
    }
    json.writeObjectPropertyStart("defaultConfiguration");
    json.writeStringProperty("level", level(severity));
    json.writeEndObject();
    json.writeEndObject();
  }

  @Override
  public void file(FileResult r) {
    if (r.error() != null) {
      result(DigestValidator.PARSE_ERROR, "error", r.error(), r.path(), 0, 0);
    }
    for (Finding f : r.findings()) {
      result(f.rule(), level(f.severity()), f.message(), r.path(), f.line(), f.column());
    }
  }

  private void result(String rule, String level, String message, String path, int line, int column) {
    json.writeStartObject();
    json.writeStringProperty("ruleId", Escapes.wellFormed(rule));
    Integer index = ruleIndex.get(rule);
    if (index != null) {
      json.writeNumberProperty("ruleIndex", index);
    }
    json.writeStringProperty("level", level);
    json.writeObjectPropertyStart("message");
    json.writeStringProperty("text", JsonReporter.text(message));
    json.writeEndObject();
    json.writeArrayPropertyStart("locations");
    json.writeStartObject();
    json.writeObjectPropertyStart("physicalLocation");
    json.writeObjectPropertyStart("artifactLocation");
    json.writeStringProperty("uri", Escapes.wellFormed(path.replace('\\', '/')));
    json.writeEndObject();
    if (line > 0) { // every finding; a file that could not be read has no region
      json.writeObjectPropertyStart("region");
      json.writeNumberProperty("startLine", line);
      json.writeNumberProperty("startColumn", column);
      json.writeEndObject();
    }
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
  }

  private static String level(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  @Override
  public void end(Totals totals) throws IOException {
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
    json.flush();
    Writer w = (Writer) json.streamWriteOutputTarget();
    w.write('\n');
    w.flush();
  }
}
