package org.digestkit.validate.internal;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The one Hibernate Validator factory, built on first use (it costs ~0.3 s cold, so runs that need no field
 * constraint never pay it) with {@link ParameterMessageInterpolator}: no Expression Language, so message
 * templates cannot evaluate anything. Thread-safe.
 *
 * <p>Before the factory is built, {@link QuietStartup} keeps Hibernate Validator's start-up line off the
 * console of a host that has not set up logging.
 */
public final class BeanValidation {
  private BeanValidation() {}

  private static final class Holder {
    static final ValidatorFactory FACTORY = build();
    static final Validator VALIDATOR = FACTORY.getValidator();

    private static ValidatorFactory build() {
      QuietStartup.hibernateValidator();
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
