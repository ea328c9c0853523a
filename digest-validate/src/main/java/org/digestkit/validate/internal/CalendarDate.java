package org.digestkit.validate.internal;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** The value, when present, is a real calendar date written {@code YYYY-MM-DD}. */
@Documented
@Constraint(validatedBy = CalendarDate.Validator.class)
@Target({FIELD, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface CalendarDate {
  /** {@return the message of a violation} */
  String message() default "is not a calendar date written YYYY-MM-DD";

  /** {@return the validation groups the constraint belongs to} */
  Class<?>[] groups() default {};

  /** {@return the payload clients may attach, as Bean Validation requires of every constraint} */
  Class<? extends Payload>[] payload() default {};

  /** Checks {@link CalendarDate}; stateless. */
  final class Validator implements ConstraintValidator<CalendarDate, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || isCalendarDate(value);
    }

    /** Whether {@code value} is a real calendar date written {@code YYYY-MM-DD}. */
    public static boolean isCalendarDate(String value) {
      return org.digestkit.core.model.FrontMatter.isoDate(value).isPresent();
    }
  }
}
