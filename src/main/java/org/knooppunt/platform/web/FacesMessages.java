package org.knooppunt.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.domain.FieldError;
import org.knooppunt.platform.i18n.Messages;

/** Turns a service's refusal into page messages, each field error labelled with its field. */
public final class FacesMessages {
  private FacesMessages() {}

  public static void show(DomainException e, String fieldKeyPrefix) {
    FacesContext faces = FacesContext.getCurrentInstance();
    var locale = faces.getViewRoot().getLocale();
    if (e.fieldErrors().isEmpty()) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
      return;
    }
    for (FieldError f : e.fieldErrors()) {
      String label = Messages.get(locale, fieldKeyPrefix + f.field());
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_ERROR, label + ": " + f.message(), null));
    }
  }

  public static void error(String key, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String text = Messages.get(faces.getViewRoot().getLocale(), key, args);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }
}
