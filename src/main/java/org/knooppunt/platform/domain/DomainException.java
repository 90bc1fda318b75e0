package org.knooppunt.platform.domain;

import java.util.List;

/**
 * A refusal the user can understand: the service throws it, REST turns it into a status with a JSON
 * body, Faces into messages. The message is already in the user's language.
 */
public class DomainException extends RuntimeException {

  /** What kind of refusal; decides the HTTP status. */
  public enum Kind {
    INVALID(400),
    FORBIDDEN(403),
    NOT_FOUND(404),
    CONFLICT(409),
    DUPLICATE(409);

    public final int status;

    Kind(int status) {
      this.status = status;
    }
  }

  private final Kind kind;
  private final List<FieldError> fieldErrors;
  private final transient Object detail;

  public DomainException(Kind kind, String message) {
    this(kind, message, List.of(), null);
  }

  public DomainException(Kind kind, String message, List<FieldError> fieldErrors, Object detail) {
    super(message, null, false, false);
    this.kind = kind;
    this.fieldErrors = List.copyOf(fieldErrors);
    this.detail = detail;
  }

  public Kind kind() {
    return kind;
  }

  public List<FieldError> fieldErrors() {
    return fieldErrors;
  }

  /**
   * Extra data for the client: the stored version on a conflict, the existing id on a duplicate.
   */
  public Object detail() {
    return detail;
  }
}
