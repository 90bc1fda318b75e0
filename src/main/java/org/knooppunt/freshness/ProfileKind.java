package org.knooppunt.freshness;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of profile that carry a review date, as an allow-list: the label a query may use, the
 * page that shows one, and the page that edits one.
 */
public enum ProfileKind {
  ORGANISATION("Organisation", "/organisation/view.xhtml", "/organisation/edit.xhtml"),
  COMMUNITY("Community", "/community/view.xhtml", "/community/edit.xhtml"),
  PERSON("Person", "/person/view.xhtml", "/person/edit.xhtml");

  final String label;
  private final String viewPage;
  private final String editPage;

  ProfileKind(String label, String viewPage, String editPage) {
    this.label = label;
    this.viewPage = viewPage;
    this.editPage = editPage;
  }

  /** The application-relative URL of the profile's page. */
  public String link(String id) {
    return viewPage + "?id=" + id;
  }

  /** The application-relative URL of the profile's edit page. */
  public String editLink(String id) {
    return editPage + "?id=" + id;
  }

  /** The kind named by {@code name} (any case, e.g. {@code organisation}), if there is one. */
  public static Optional<ProfileKind> of(String name) {
    if (name == null) {
      return Optional.empty();
    }
    for (ProfileKind k : values()) {
      if (k.name().equalsIgnoreCase(name.strip())) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  /** The lowercase name used in URLs and JSON. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
