package org.knooppunt.inbox;

import java.time.OffsetDateTime;
import java.util.List;

/** One notice as its reader sees it: the subject in her language, and whether she has read it. */
public record InboxItem(
    String id,
    Notice.Kind kind,
    String subject,
    String subjectKey,
    List<String> args,
    String link,
    String message,
    String fromName,
    String refId,
    OffsetDateTime createdAt,
    OffsetDateTime readAt) {

  public boolean unread() {
    return readAt == null;
  }
}
