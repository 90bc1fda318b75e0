package org.knooppunt.person;

/**
 * The consents a person gives: to be visible on maps, to be used for introductions (the partner
 * finder's introduction path reads {@code consentIntroductions}), to be recommended. Each is stored
 * as {@code <property>} (given or not), {@code <property>At} (when given), {@code
 * <property>Version} (the wording shown then, a bundle key suffix) and {@code
 * <property>WithdrawnAt}. The wording the person agreed to is the bundle text {@code
 * <wordingKey>.<version>}; a new wording gets a new version, so what someone agreed to stays
 * readable.
 */
public enum ConsentKind {
  MAPS("consentMaps", "consent.maps"),
  INTRODUCTIONS("consentIntroductions", "consent.introductions"),
  RECOMMENDATIONS("consentRecommendations", "consent.recommendations");

  /** The wording version shown now for every consent. */
  public static final String CURRENT_VERSION = "v1";

  public final String property;
  public final String wordingKey;

  ConsentKind(String property, String wordingKey) {
    this.property = property;
    this.wordingKey = wordingKey;
  }

  /** The stored property, for pages (EL reads methods, not fields). */
  public String property() {
    return property;
  }

  /** The bundle key of the wording shown now. */
  public String currentWording() {
    return wordingKey + "." + CURRENT_VERSION;
  }
}
