package org.knooppunt.platform.rest;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import org.knooppunt.platform.i18n.Messages;

/** The language of an API answer: the first of nl/en in Accept-Language, else Dutch. */
public final class RequestLocale {
  private RequestLocale() {}

  public static Locale of(HttpHeaders headers) {
    if (headers != null) {
      for (Locale l : headers.getAcceptableLanguages()) {
        if ("en".equals(l.getLanguage()) || "nl".equals(l.getLanguage())) {
          return Messages.supported(l);
        }
      }
    }
    return Messages.DUTCH;
  }
}
