/**
 * digestkit core: the typed model of a digest post, the lossless parser and writer, the builder, JSON and the
 * generator. {@code org.digestkit.core.internal} is implementation and not exported.
 */
module org.digestkit.core {
  requires transitive org.commonmark; // FastMarkdown hands out commonmark-java trees and parser builders
  requires org.commonmark.ext.gfm.tables;
  requires tools.jackson.core;
  requires transitive tools.jackson.databind; // DigestJson reads and writes Jackson trees
  requires tools.jackson.dataformat.yaml;
  requires org.snakeyaml.engine;
  requires static transitive org.jspecify; // nullness annotations in the API

  exports org.digestkit.core;
  exports org.digestkit.core.model;
  exports org.digestkit.core.json;
  exports org.digestkit.core.markdown;
  exports org.digestkit.core.generate;
}
