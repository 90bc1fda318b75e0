package org.knooppunt.organisation;

/** The two kinds of organisation; each is a second label beside {@code Organisation}. */
public enum Kind {
  LIBRARY("Library"),
  PARTNER("Partner");

  /** The Neo4j label: from this allow-list only, never from input. */
  public final String label;

  Kind(String label) {
    this.label = label;
  }
}
