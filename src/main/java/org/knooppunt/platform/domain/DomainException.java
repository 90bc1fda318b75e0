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
    DUPLICATE(409),
    /** Too many attempts from one client in a short time. */
    THROTTLED(429);

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

  /** Input that is not right, with a message per field, in the user's language. */
  public static DomainException invalid(java.util.Locale locale, List<FieldError> errors) {
    return new DomainException(
        Kind.INVALID,
        org.knooppunt.platform.i18n.Messages.get(locale, "validation.failed"),
        errors,
        null);
  }

  /** Input that is not right in one field. */
  public static DomainException invalid(java.util.Locale locale, String field, String message) {
    return invalid(locale, List.of(new FieldError(field, message)));
  }

  /** Something the user may not do, in the user's language. */
  public static DomainException forbidden(java.util.Locale locale) {
    return new DomainException(
        Kind.FORBIDDEN, org.knooppunt.platform.i18n.Messages.get(locale, "forbidden"));
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
