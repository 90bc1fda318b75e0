package org.knooppunt.community;

import java.util.List;

/** A row of the community list. */
public record CommunitySummary(
    String id,
    String name,
    String hostName,
    String branchName,
    String municipality,
    List<String> topics,
    long memberCount,
    boolean demo) {

  /** The topics in one line, for the table. */
  public String topicsText() {
    return String.join(", ", topics);
  }
}
