package it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * "Still correct" in the browser: a partner whose profile is due sees it on the home page, confirms
 * it there or on the profile, and the review date becomes today while the version goes up by one; a
 * policy cell, who may not edit the profile, sees the date but no button.
 *
 * <p>The profile is made due by setting its review date back in the test's database directly (the
 * application offers no way to date a review in the past, on purpose).
 */
class FreshnessFlowIT {

  private static final String PROFILE = "00000000-0000-4000-8000-000000000226";
  private static final String NAME = "Basisschool De Kastanjelaan (demo)";

  private Browser browser;
  private Driver neo4j;

  @BeforeEach
  void start() {
    neo4j =
        GraphDatabase.driver(
            System.getProperty("knooppunt.it.boltUri", "bolt://127.0.0.1:7688"), AuthTokens.none());
    browser = Browser.start();
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.close();
    }
    neo4j.close();
  }

  /** Sets the profile's review date {@code months} back; returns its version. */
  private long reviewedMonthsAgo(int months) {
    return neo4j
        .executableQuery(
            "MATCH (o:Organisation {id: $id})"
                + " SET o.lastReviewedAt = datetime() - duration({months: $months})"
                + " RETURN o.version AS v")
        .withParameters(Map.of("id", PROFILE, "months", months))
        .execute()
        .records()
        .getFirst()
        .get("v")
        .asLong();
  }

  private long version() {
    return neo4j
        .executableQuery("MATCH (o:Organisation {id: $id}) RETURN o.version AS v")
        .withParameters(Map.of("id", PROFILE))
        .execute()
        .records()
        .getFirst()
        .get("v")
        .asLong();
  }

  @Test
  void aPartnerConfirmsItsDueProfileOnTheProfileAndOnTheHomePage() {
    long version = reviewedMonthsAgo(30);
    var home = LoginPage.logInAs(browser, DemoAccount.PARTNER);
    var block = new ReviewedBlock(browser);
    assertTrue(home.isShown());
    assertTrue(block.homeList().contains(NAME), "the due profile is on the home page");

    OrganisationViewPage.open(browser, PROFILE);
    assertTrue(block.markedStale(), "30 months: marked stale");
    assertTrue(block.mayConfirm());
    block.confirm();
    assertTrue(block.done().contains("nog juist"), block.done());
    String today = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
    assertEquals(today, block.isoDate());
    assertFalse(block.markedStale());
    assertEquals(version + 1, version(), "one new version, nothing else");

    HomePage.open(browser);
    assertFalse(block.homeList().contains(NAME), "reviewed today: no longer due");

    long again = reviewedMonthsAgo(7);
    HomePage.open(browser);
    block.confirmOnHome(NAME);
    assertTrue(browser.path().endsWith(HomePage.PATH));
    assertTrue(block.done().contains("nog juist"), block.done());
    assertFalse(block.homeList().contains(NAME));
    assertEquals(again + 1, version());
  }

  @Test
  void aPolicyCellSeesTheReviewDateButCannotConfirm() {
    reviewedMonthsAgo(2);
    LoginPage.logInAs(browser, DemoAccount.BELEID);
    OrganisationViewPage.open(browser, PROFILE);
    var block = new ReviewedBlock(browser);
    assertFalse(block.date().isEmpty());
    assertFalse(block.markedStale());
    assertFalse(block.mayConfirm(), "a policy cell may not edit the profile");
  }
}
