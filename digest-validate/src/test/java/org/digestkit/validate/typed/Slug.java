package org.digestkit.validate.typed;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A custom constraint: lower-case letters, digits and dashes. */
@Constraint(validatedBy = Slug.Validator.class)
@Target({FIELD, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface Slug {
  String message() default "is not a slug";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks {@link Slug}. */
  final class Validator implements ConstraintValidator<Slug, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || value.matches("[a-z0-9-]+");
    }
  }
}
