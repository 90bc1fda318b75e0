package org.knooppunt.account;

import java.util.List;
import java.util.Set;

/**
 * A user of Knooppunt: who logs in, with which roles, and for what they may act (the organisation
 * of a librarian or partner, the regions of a policy cell).
 */
public record Account(
    String id,
    String username,
    String displayName,
    Set<Role> roles,
    String locale,
    String organisationId,
    String organisationName,
    List<String> regionIds) {

  public boolean has(Role role) {
    return roles.contains(role);
  }
}
