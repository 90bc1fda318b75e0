package org.knooppunt.inbox;

import java.util.List;

/**
 * What lands in someone's inbox. The subject is a bundle key with arguments, rendered in the
 * reader's language when read (not the sender's); {@code link} is an application path ({@code
 * /collaboration/view.xhtml?id=…}); {@code message} is the sender's own text (shown escaped), and
 * {@code refId} the id of the thing the notice is about.
 */
public record Notice(
    Kind kind,
    String subjectKey,
    List<String> args,
    String link,
    String message,
    String fromName,
    String refId) {

  /** What kind of notice; the inbox can be filtered by it. */
  public enum Kind {
    REQUEST,
    INTRODUCTION,
    APPROVAL,
    REVIEW,
    COMMUNITY,
    INFO
  }

  public Notice {
    args = args == null ? List.of() : List.copyOf(args);
  }
}
