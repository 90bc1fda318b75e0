package org.knooppunt.platform.domain;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/**
 * Plain text only: no markup ({@code < >}), no braces or backticks (the stuff of Cypher and
 * template injection), no control characters except line breaks. Values reach Cypher only as
 * parameters and the screens escape output, so such input would be inert anyway; refusing it keeps
 * it out of exports, e-mails and other systems that read Knooppunt's data.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SafeText.Validator.class)
public @interface SafeText {
  String message() default "{knooppunt.validation.safeText}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The check itself. */
  class Validator implements ConstraintValidator<SafeText, String> {
    private static final Pattern UNSAFE = Pattern.compile("[<>{}`\\p{Cntrl}&&[^\\r\\n\\t]]");

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return safe(value);
    }

    /** The same check for services that take text outside a validated form (messages, notes). */
    public static boolean safe(String value) {
      return value == null || !UNSAFE.matcher(value).find();
    }
  }
}
