package org.knooppunt.platform.domain;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.URISyntaxException;

/** An absolute http(s) address with a host: what a website field may hold. */
@Target({ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = WebUrl.Validator.class)
public @interface WebUrl {
  String message() default "{knooppunt.validation.url}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The check itself. */
  class Validator implements ConstraintValidator<WebUrl, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      if (value == null || value.isBlank()) {
        return true;
      }
      try {
        URI uri = new URI(value.strip());
        String scheme = uri.getScheme();
        return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
            && uri.getHost() != null
            && uri.getHost().contains(".");
      } catch (URISyntaxException e) {
        return false;
      }
    }
  }
}
