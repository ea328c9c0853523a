/**
 * digestkit core: the typed model of a digest post, the lossless parser and writer, the builder, JSON and the
 * generator. {@code org.digestkit.core.internal} is implementation and not exported; {@code
 * org.digestkit.core.markdown} is exported to digestkit's renderer only.
 */
module org.digestkit.core {
  requires org.commonmark;
  requires org.commonmark.ext.gfm.tables;
  requires tools.jackson.core;
  requires transitive tools.jackson.databind; // DigestJson reads and writes Jackson trees
  requires tools.jackson.dataformat.yaml;
  requires org.snakeyaml.engine;
  requires static transitive org.jspecify; // nullness annotations in the API

  exports org.digestkit.core;
  exports org.digestkit.core.model;
  exports org.digestkit.core.json;
  // FastMarkdown: commonmark-java trees for digestkit's HTML renderer, not API of its own
  exports org.digestkit.core.markdown to org.digestkit.render;
  exports org.digestkit.core.generate;
}
