package org.knooppunt.project;

import java.util.List;

/**
 * A round of network projects that a policy cell opens for its regions: each library has {@code
 * ticketsPerLibrary} tickets in it; {@code status} is {@code open} or {@code closed} (frozen).
 * {@code regionIds} empty means a round for every region, managed by administrators only.
 */
public record ProjectRound(
    String id,
    String name,
    int year,
    int ticketsPerLibrary,
    String status,
    List<String> regionIds,
    long projectCount,
    long signupCount,
    boolean demo,
    long version) {

  public boolean open() {
    return "open".equals(status);
  }

  public String regionsText() {
    return String.join(", ", regionIds);
  }
}
