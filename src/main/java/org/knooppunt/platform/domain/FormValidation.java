package org.knooppunt.platform.domain;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knooppunt.platform.i18n.Messages;

/**
 * Bean Validation of a form in the user's language (not the server's), as field errors named after
 * the form's properties ({@code topicIds}, not {@code topicIds[2]}), each prefixed with {@code
 * prefix} when a form is part of a larger one. One place for every service that validates forms.
 */
public final class FormValidation {

  private FormValidation() {}

  public static <T> List<FieldError> errors(
      ValidatorFactory validation, T form, String prefix, Locale locale) {
    var validator =
        validation
            .usingContext()
            .messageInterpolator(new FixedLocale(validation.getMessageInterpolator(), locale))
            .getValidator();
    List<FieldError> errors = new ArrayList<>();
    for (ConstraintViolation<T> v : validator.validate(form)) {
      String path = v.getPropertyPath().toString();
      int bracket = path.indexOf('[');
      errors.add(
          new FieldError(
              prefix + (bracket > 0 ? path.substring(0, bracket) : path), v.getMessage()));
    }
    return errors;
  }

  /** Interpolates Bean Validation messages in one fixed language. */
  private record FixedLocale(MessageInterpolator delegate, Locale locale)
      implements MessageInterpolator {
    @Override
    public String interpolate(String template, Context context) {
      return delegate.interpolate(template, context, Messages.supported(locale));
    }

    @Override
    public String interpolate(String template, Context context, Locale ignored) {
      return delegate.interpolate(template, context, Messages.supported(locale));
    }
  }
}
