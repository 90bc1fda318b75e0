package org.knooppunt.taalnetwerk;

import java.util.Arrays;
import java.util.Optional;

/** Where a Taalhuis stands; the code is the Dutch phrase stored on {@code HAS_TAALHUIS.phase}. */
public enum TaalhuisPhase {
  ORIENTATIE("oriëntatie"),
  IN_OPRICHTING("in oprichting"),
  OPEN("open"),
  BORGING("borging");

  public final String code;

  TaalhuisPhase(String code) {
    this.code = code;
  }

  public String getCode() {
    return code;
  }

  /** The bundle key of its label, e.g. {@code taalnetwerk.phase.in_oprichting}. */
  public String getKey() {
    return "taalnetwerk.phase." + name().toLowerCase(java.util.Locale.ROOT);
  }

  public static Optional<TaalhuisPhase> of(String code) {
    return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
  }

  /** The key of a stored code's label, or null for an unknown one. */
  public static String keyOf(String code) {
    return of(code).map(TaalhuisPhase::getKey).orElse(null);
  }
}
