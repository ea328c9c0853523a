package org.digestkit.validate.internal;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The one Hibernate Validator factory, built on first use (it costs ~0.3 s cold, so runs that need no field
 * constraint never pay it) with {@link ParameterMessageInterpolator}: no Expression Language, so message
 * templates cannot evaluate anything. Thread-safe.
 *
 * <p>Hibernate Validator logs through jboss-logging, which falls back to {@code java.util.logging} when the host
 * has no other logging framework; the JDK's default console handler would then print its start-up line
 * ({@code HV000001}) on standard error. Unless the host configured the {@code org.hibernate.validator} logger
 * itself, it is set to {@link Level#SEVERE} before the factory is built. A host with Log4j, Logback or its own
 * {@code java.util.logging} level keeps its own configuration.
 */
public final class BeanValidation {
  private BeanValidation() {}

  /** Held so the JDK keeps the level: loggers are only weakly referenced. */
  private static final Logger HIBERNATE_VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

  private static final class Holder {
    static final ValidatorFactory FACTORY = build();
    static final Validator VALIDATOR = FACTORY.getValidator();

    private static ValidatorFactory build() {
      if (HIBERNATE_VALIDATOR_LOG.getLevel() == null) {
        HIBERNATE_VALIDATOR_LOG.setLevel(Level.SEVERE);
      }
      return Validation.byProvider(HibernateValidator.class)
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory();
    }
  }

  /** The shared validator. */
  public static Validator validator() {
    return Holder.VALIDATOR;
  }
}
