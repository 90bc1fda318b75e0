package org.knooppunt.health;

/** What a health snapshot is of; the code is stored as {@code HealthSnapshot.subjectKind}. */
public enum SubjectKind {
  REGION("region"),
  TAALNETWERK("taalnetwerk");

  public final String code;

  SubjectKind(String code) {
    this.code = code;
  }
}
