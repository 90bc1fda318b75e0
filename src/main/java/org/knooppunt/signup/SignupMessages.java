package org.knooppunt.signup;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.domain.FieldError;
import org.knooppunt.platform.i18n.Messages;

/**
 * A refusal on the sign-up screens as page messages: profile fields are labelled as on the profile
 * form ({@code organisation.field.*}), the contact's and the queue's own fields as {@code
 * signup.field.*}.
 */
final class SignupMessages {
  private SignupMessages() {}

  static void show(DomainException e) {
    FacesContext faces = FacesContext.getCurrentInstance();
    Locale locale = locale();
    if (e.fieldErrors().isEmpty()) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
      return;
    }
    for (FieldError f : e.fieldErrors()) {
      String own = "signup.field." + f.field();
      String label = Messages.get(locale, own);
      if (label.equals(own)) {
        label = Messages.get(locale, "organisation.field." + f.field());
      }
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_ERROR, label + ": " + f.message(), null));
    }
  }

  static void info(String key, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String text = Messages.get(locale(), key, args);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  static String passwordHint() {
    return Messages.get(locale(), "signup.passwordHint", SignupService.PASSWORD_MIN);
  }

  /**
   * The user's language as the pages show it: on a GET the view action runs before the template has
   * set the view's locale, so it is taken from {@code LocaleView}, as the template does.
   */
  static Locale locale() {
    return Messages.supported(
        jakarta
            .enterprise
            .inject
            .spi
            .CDI
            .current()
            .select(org.knooppunt.platform.web.LocaleView.class)
            .get()
            .getLocale());
  }

  static String client() {
    return org.knooppunt.platform.security.ClientAddress.of(
        (jakarta.servlet.http.HttpServletRequest)
            FacesContext.getCurrentInstance().getExternalContext().getRequest());
  }
}
