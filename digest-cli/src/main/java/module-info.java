/**
 * The {@code digest} command. No API: run it with {@code java -p <jars> -m org.digestkit.cli/org.digestkit.cli.Main}
 * or as the self-contained {@code digest.jar}.
 */
module org.digestkit.cli {
  requires org.digestkit.core;
  requires org.digestkit.validate;
  requires org.digestkit.render;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires info.picocli;
  requires java.logging;
  requires static org.jspecify;

  // picocli reads the commands' options and creates the commands by reflection
  opens org.digestkit.cli to info.picocli;
}
