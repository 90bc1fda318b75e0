package org.knooppunt.organisation;

import java.util.Locale;

/** A reference to a taxonomy node or other named node, with its Dutch and English name. */
public record Ref(String id, String nameNl, String nameEn) {
  public String name(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : nameNl;
  }
}
