package it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The policy cell of Utrecht asks for suggested alliances on taalvaardigheid, creates one from the
 * first suggestion (the form comes filled with its libraries), and finds it in the list and on its
 * page.
 */
class AllianceFlowIT {

  private Browser browser;

  @BeforeEach
  void startBrowser() {
    browser = Browser.start();
  }

  @AfterEach
  void quitBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void aSuggestionBecomesAnAlliance() {
    LoginPage.logInAs(browser, DemoAccount.BELEID);
    AlliancePage page = new AlliancePage(browser);
    List<String> suggestions = page.suggestions("PV26", "taalvaardigheid");
    assertFalse(suggestions.isEmpty(), "a suggestion for Utrecht");
    assertTrue(suggestions.get(0).contains("Bibliotheek De Vaart"), suggestions.get(0));
    assertTrue(suggestions.get(0).contains("Bibliotheek Heuvelrand"), suggestions.get(0));

    page.createFromFirstSuggestion();
    List<String> members = page.formMembers();
    assertTrue(
        members.containsAll(List.of("Bibliotheek De Vaart", "Bibliotheek Heuvelrand")),
        members.toString());

    String name = "Taalalliantie " + UUID.randomUUID().toString().substring(0, 8);
    page.saveAs(name);
    assertEquals("/alliance/view.xhtml", browser.path());
    assertTrue(page.notice().contains("opgeslagen"), page.notice());
    assertEquals(name, browser.heading());
    assertTrue(page.membersTable().contains("Bibliotheek De Vaart"), page.membersTable());
    String coverage = page.coverageOfItsArea();
    assertEquals("/coverage/view.xhtml", browser.path());
    assertTrue(coverage.contains(name), coverage);

    assertEquals(List.of(name), page.listed(name.substring(name.length() - 8)));
  }
}
