package org.knooppunt.inbox;

import java.util.List;

/**
 * What lands in someone's inbox (stand-in for the lead's foundation; main's version wins on merge).
 */
public record Notice(
    Kind kind,
    String subjectKey,
    List<String> args,
    String link,
    String message,
    String fromName,
    String refId) {

  /** What the notice is about. */
  public enum Kind {
    REQUEST,
    INTRODUCTION,
    APPROVAL,
    REVIEW,
    COMMUNITY,
    INFO
  }
}
