package org.knooppunt.person;

/**
 * Who may see a person: only the colleagues of her organisation, also the organisations that
 * confirmed a collaboration with hers, or everyone logged in. A person without a stored visibility
 * counts as {@link #ORGANISATION}, the narrowest.
 */
public enum Visibility {
  ORGANISATION,
  PARTNERS,
  PLATFORM;

  /** The visibility named {@code value}, or null when there is no such one. */
  public static Visibility parse(String value) {
    if (value == null) {
      return null;
    }
    for (Visibility v : values()) {
      if (v.name().equalsIgnoreCase(value.strip())) {
        return v;
      }
    }
    return null;
  }
}
