package it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.rest.Api;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The demo community "Samen digitaal" in the browser: the partner account of Basisschool De
 * Kastanjelaan reads the page and asks to join; the librarian of De Vaart, its host, sees the
 * request with its message and accepts it; the school is then among the members. The school's
 * request and membership are cleared before and after, so the demo stays as it was. And a librarian
 * starts a community of her own and adds an activity to its offer.
 */
class CommunityFlowIT {

  static final String SAMEN_DIGITAAL = "00000000-0000-4000-8000-000000000501";
  static final String KASTANJELAAN = "00000000-0000-4000-8000-000000000226";
  static final String KASTANJELAAN_NAME = "Basisschool De Kastanjelaan (demo)";

  private Browser browser;

  @BeforeEach
  void startBrowser() {
    clear();
    browser = Browser.start();
  }

  @AfterEach
  void quitBrowser() {
    if (browser != null) {
      browser.close();
    }
    clear();
  }

  private static void clear() {
    String base = "/api/communities/" + SAMEN_DIGITAAL;
    Api.send("POST", base + "/requests/" + KASTANJELAAN + "/decline", "bibliothecaris", null, null);
    Api.send("DELETE", base + "/members/" + KASTANJELAAN, "bibliothecaris", null, null);
  }

  @Test
  void aPartnerAsksToJoinAndTheHostLibrarianAcceptsIt() {
    LoginPage.logInAs(browser, DemoAccount.PARTNER);
    CommunityPage page = CommunityPage.open(browser, SAMEN_DIGITAAL);
    assertEquals("Samen digitaal (demo)", page.name());
    assertTrue(page.purpose().contains("senioren"), page.purpose());
    assertTrue(page.meets().contains("elke dinsdag"), page.meets());
    assertTrue(page.runBy().contains(DemoAccount.DE_VAART_NAME), page.runBy());
    assertTrue(page.runBy().contains("Zilverdraad"), page.runBy());
    assertTrue(page.offer().contains("Digicafé (demo)"), page.offer());
    assertFalse(page.lastReviewed().isBlank(), "last reviewed is shown");
    assertTrue(page.members().contains("Stichting Welzijn Oost (demo)"), page.members());
    assertFalse(page.members().contains(KASTANJELAAN_NAME));

    page.askToJoin(KASTANJELAAN, "Onze ouders willen <b>graag</b> meedoen.");
    assertTrue(page.notices().contains("Uw aanvraag is verstuurd"), page.notices());

    browser.forgetSession();
    LoginPage.logInAs(browser, DemoAccount.BIBLIOTHECARIS);
    CommunityPage host = CommunityPage.open(browser, SAMEN_DIGITAAL);
    assertEquals(java.util.List.of(KASTANJELAAN_NAME), host.requests());
    assertTrue(
        browser.driver().getPageSource().contains("&lt;b&gt;graag&lt;/b&gt;"),
        "the message is shown as text, not as markup");
    host.accept(KASTANJELAAN_NAME, "school in de wijk");
    assertTrue(host.notices().contains("geaccepteerd"), host.notices());
    assertTrue(host.members().contains(KASTANJELAAN_NAME), host.members());
    assertTrue(host.members().contains("school in de wijk"), host.members());
    assertTrue(host.requests().isEmpty());

    // The host's librarian looks for partners for the community, from where it meets.
    browser.clickAndWaitForPage(
        browser.driver().findElement(org.openqa.selenium.By.id("findPartners")));
    assertEquals("/partner/finder.xhtml", browser.path());
    assertEquals(SAMEN_DIGITAAL, browser.queryParameter("for"));
    assertTrue(browser.isDisplayed(org.openqa.selenium.By.id("results")), "suggestions shown");
  }

  @Test
  void aLibrarianStartsACommunityAndAddsAnActivityToItsOffer() {
    LoginPage.logInAs(browser, DemoAccount.BIBLIOTHECARIS);
    String name = "Taalcafé browsertest " + System.nanoTime();
    CommunityEditPage edit = CommunityEditPage.openNew(browser);
    edit.fill("", "Samen Nederlands oefenen.", "elke vrijdag 10–11.30 uur");
    edit.save();
    assertTrue(edit.messages().contains("Naam"), "a name is required: " + edit.messages());
    edit.fill(name, "Samen Nederlands oefenen.", "elke vrijdag 10–11.30 uur");
    String branch = edit.chooseFirstBranch();
    edit.tick("nederlands-oefenen");
    edit.save();
    assertEquals(CommunityPage.PATH, browser.path());
    String id = browser.queryParameter("id");
    CommunityPage page = new CommunityPage(browser);
    assertEquals(name, page.name());
    assertTrue(page.notices().contains("opgeslagen"), page.notices());
    assertTrue(page.meets().contains(branch.replaceAll(" \\(.*", "")), page.meets());
    assertTrue(page.meets().contains("elke vrijdag"), page.meets());

    CommunityEditPage offer = CommunityEditPage.open(browser, id);
    offer.addActivity("Oefenavond", "2026-09-04", "2026-12-18", "nederlands-oefenen");
    assertTrue(offer.notice().contains("toegevoegd"), offer.notice());
    CommunityPage again = CommunityPage.open(browser, id);
    assertTrue(again.offer().contains("Oefenavond"), again.offer());
    assertTrue(again.offer().contains("2026-09-04 – 2026-12-18"), again.offer());
  }
}
