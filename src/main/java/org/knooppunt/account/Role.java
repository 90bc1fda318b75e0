package org.knooppunt.account;

import java.util.Locale;

/** The four roles; their lowercase names are the Jakarta Security groups and web.xml roles. */
public enum Role {
  ADMIN,
  LIBRARIAN,
  POLICY,
  PARTNER;

  public String group() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Role ofGroup(String group) {
    return valueOf(group.toUpperCase(Locale.ROOT));
  }
}
