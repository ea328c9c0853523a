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
 */
public final class BeanValidation {
  private BeanValidation() {}

  private static final class Holder {
    static {
      QuietStartup.hibernateValidator();
    }

    static final ValidatorFactory FACTORY =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();
    static final Validator VALIDATOR = FACTORY.getValidator();
  }

  /** The shared validator. */
  public static Validator validator() {
    return Holder.VALIDATOR;
  }
}
