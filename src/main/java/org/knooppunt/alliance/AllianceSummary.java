package org.knooppunt.alliance;

/** One row of the alliance list. */
public record AllianceSummary(
    String id,
    String name,
    String status,
    String since,
    String until,
    long members,
    long municipalities) {

  public boolean ended() {
    return "ended".equals(status);
  }
}
