package org.knooppunt.taalnetwerk;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The four roles a member holds in a taalnetwerk. The code is the Dutch word as stored in {@code
 * MEMBER_OF.roles} and used in the API; the key names its label in the bundles (ASCII, without the
 * diaeresis of intermediëren).
 */
public enum TaalnetwerkRole {
  PROGRAMMEREN("programmeren"),
  FACILITEREN("faciliteren"),
  REGISSEREN("regisseren"),
  INTERMEDIEREN("intermediëren");

  public final String code;

  TaalnetwerkRole(String code) {
    this.code = code;
  }

  public String getCode() {
    return code;
  }

  /** The bundle key of its label, e.g. {@code taalnetwerk.role.intermedieren}. */
  public String getKey() {
    return "taalnetwerk.role." + name().toLowerCase(java.util.Locale.ROOT);
  }

  public static Optional<TaalnetwerkRole> of(String code) {
    return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
  }

  public static List<String> codes() {
    return Arrays.stream(values()).map(r -> r.code).toList();
  }
}
