package org.knooppunt.project;

import java.util.List;

/** One library in a round: the tickets it used, those left, and the projects it signed up for. */
public record LibraryTickets(
    String libraryId,
    String libraryName,
    long used,
    long left,
    List<String> projects,
    List<String> projectIds) {

  public boolean signedUpFor(String projectId) {
    return projectIds.contains(projectId);
  }

  public String projectsText() {
    return String.join(", ", projects);
  }
}
