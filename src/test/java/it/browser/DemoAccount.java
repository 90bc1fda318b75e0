package it.browser;

/** The demo accounts the application creates at start-up; all share one password. */
public enum DemoAccount {
  /** Administrator: may do everything. */
  BEHEERDER("beheerder"),
  /** Librarian of "Bibliotheek De Vaart": creates partners, edits unclaimed ones. */
  BIBLIOTHECARIS("bibliothecaris"),
  /** Policy maker: reads only. */
  BELEID("beleid"),
  /** Partner account of one demo partner. */
  PARTNER("partner");

  public static final String PASSWORD = "demo-Knooppunt-2026";

  /** The demo library "Bibliotheek De Vaart". */
  public static final String DE_VAART_ID = "00000000-0000-4000-8000-000000000101";

  public static final String DE_VAART_NAME = "Bibliotheek De Vaart";

  private final String username;

  DemoAccount(String username) {
    this.username = username;
  }

  public String username() {
    return username;
  }
}
