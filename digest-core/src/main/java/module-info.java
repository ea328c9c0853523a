/**
 * digestkit core: the typed model of a digest post, the lossless parser and writer, the builder, JSON and the
 * generator, atomic file writes. {@code org.digestkit.core.internal} is implementation and not exported; {@code
 * org.digestkit.core.markdown} is exported to digestkit's renderer and rules only.
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
  exports org.digestkit.core.io;
  // FastMarkdown: commonmark-java trees for digestkit's renderer and rules, not API of its own
  exports org.digestkit.core.markdown to org.digestkit.render, org.digestkit.validate;
  exports org.digestkit.core.generate;
}
