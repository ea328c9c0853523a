package org.digestkit.validate.internal;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.jspecify.annotations.Nullable;

/**
 * Keeps Hibernate Validator's start-up line ({@code INFO: HV000001: Hibernate Validator …}) off the console of
 * an application that has not set up logging. Hibernate Validator logs through jboss-logging, which uses the
 * host's logging framework (Log4j 2, SLF4J/Logback, …) when there is one: there the host's configuration decides
 * and nothing here matters. Without one it falls back to {@code java.util.logging}, whose default prints INFO to
 * standard error; then the start-up logger alone is set to WARNING, unless the host set a level on it or on one
 * of its parents (below the root), which is the host deciding.
 */
final class QuietStartup {
  private static final String STARTUP_LOGGER = "org.hibernate.validator.internal.util.Version";

  /** java.util.logging holds loggers weakly: the level set here must outlive the call. */
  private static volatile @Nullable Logger quieted;

  private QuietStartup() {}

  /** Call before Hibernate Validator is first used. */
  static void hibernateValidator() {
    Logger logger = Logger.getLogger(STARTUP_LOGGER);
    for (Logger l = logger; l.getParent() != null; l = l.getParent()) {
      if (l.getLevel() != null) {
        return;
      }
    }
    logger.setLevel(Level.WARNING);
    quieted = logger;
  }
}
