package org.digestkit.cli.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.digestkit.validate.DigestValidator;
import org.digestkit.validate.Finding;
import tools.jackson.core.JsonGenerator;

/**
 * {@code {"files":[{"path","findings":[{"rule","severity","line","column","message"}]}],"summary":{…}}},
 * streamed file by file.
 */
final class JsonReporter implements Reporter {
  private final JsonGenerator json;

  JsonReporter(Appendable out) {
    this.json = tools.jackson.databind.json.JsonMapper.shared().writerWithDefaultPrettyPrinter()
        .createGenerator(Writers.of(out));
  }

  @Override
  public void begin(List<DigestValidator.ActiveRule> rules) {
    json.writeStartObject();
    json.writeArrayPropertyStart("files");
  }

  @Override
  public void file(FileResult r) {
    json.writeStartObject();
    json.writeStringProperty("path", Escapes.wellFormed(r.path()));
    if (r.error() != null) {
      json.writeStringProperty("error", text(r.error()));
    }
    json.writeArrayPropertyStart("findings");
    for (Finding f : r.findings()) {
      json.writeStartObject();
      json.writeStringProperty("rule", Escapes.wellFormed(f.rule()));
      json.writeStringProperty("severity", f.severity().label());
      json.writeNumberProperty("line", f.line());
      json.writeNumberProperty("column", f.column());
      json.writeStringProperty("message", text(f.message()));
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  /**
   * A message as JSON holds it: shortened to a few hundred characters (messages quote the post) and
   * well-formed; control characters are left to the JSON writer, which escapes them.
   */
  static String text(String message) {
    return Escapes.wellFormed(Escapes.shorten(message, TextReporter.MESSAGE_MAX));
  }

  @Override
  public void end(Totals t) throws IOException {
    json.writeEndArray();
    json.writeObjectPropertyStart("summary");
    json.writeNumberProperty("files", t.files);
    json.writeNumberProperty("filesWithFindings", t.filesWithFindings);
    json.writeNumberProperty("errors", t.errors);
    json.writeNumberProperty("warnings", t.warnings);
    json.writeNumberProperty("infos", t.infos);
    json.writeNumberProperty("unreadable", t.unreadable);
    json.writeEndObject();
    json.writeEndObject();
    json.flush();
    Writer w = (Writer) json.streamWriteOutputTarget();
    w.write('\n');
    w.flush();
  }
}
