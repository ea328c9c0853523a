package org.digestkit.render;

import java.io.IOException;
import org.digestkit.core.Digest;
import org.digestkit.core.json.DigestJson;

/** The model's JSON, in digest-core's documented shape ({@code digest.schema.json}). */
public final class JsonRenderer implements DigestRenderer {
  @Override
  public String format() {
    return "json";
  }

  @Override
  public String mediaType() {
    return "application/json";
  }

  @Override
  public void render(Digest digest, Appendable out) throws IOException {
    out.append(DigestJson.toJson(digest)).append('\n');
  }
}
