package org.knooppunt.organisation;

import java.util.Locale;

/** The sector of an organisation; libraries are always {@link #BIBLIOTHEEK}. */
public enum Sector {
  BIBLIOTHEEK,
  WELZIJN,
  ONDERWIJS,
  ZORG,
  GEMEENTE,
  KINDEROPVANG,
  TAALAANBIEDER,
  CULTUUR,
  BEDRIJF,
  VRIJWILLIGERS,
  OVERIG;

  /** The value stored in the graph and used in URLs and the API. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Sector ofCode(String code) {
    if (code == null) {
      return null;
    }
    for (Sector s : values()) {
      if (s.code().equals(code)) {
        return s;
      }
    }
    return null;
  }
}
