package it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The policy cell of Utrecht opens a round with two tickets per library and three projects and
 * edits one of them; the librarian of De Vaart signs up until the tickets are used and the third
 * sign-up is refused with a message; the policy cell closes the round; after that the page offers
 * no sign-up and a sign-up is refused.
 */
class ProjectFlowIT {

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
  void anAdministratorChoosesALibraryAndSignsItUpAndWithdrawsIt() {
    LoginPage.logInAs(browser, DemoAccount.BEHEERDER);
    ProjectRoundPage round =
        ProjectRoundPage.open(browser, "00000000-0000-4000-8000-000000000702")
            .chooseLibrary(DemoAccount.DE_VAART_NAME);
    assertTrue(round.ticketsLeft().contains(DemoAccount.DE_VAART_NAME), round.ticketsLeft());
    String project = "Voorleesnetwerk met de kinderopvang (demo)";
    round.signUpFor(project);
    assertTrue(round.messages().contains("aangemeld"), round.messages());
    assertFalse(round.canSignUpFor(project));
    round.withdrawFrom(project);
    assertTrue(round.messages().contains("ingetrokken"), round.messages());
    assertTrue(round.canSignUpFor(project));
  }

  @Test
  void openARoundSignUpUntilTheTicketsAreUsedAndClose() {
    String suffix = Long.toString(System.nanoTime(), 36);
    LoginPage.logInAs(browser, DemoAccount.BELEID);
    ProjectRoundPage round = ProjectRoundPage.openRound(browser, "Ronde browser " + suffix, 2);
    String roundId = round.id();
    assertTrue(browser.heading().contains("Ronde browser " + suffix), browser.heading());
    round.addProject("Taalpunt " + suffix, "Participatie & zelfredzaamheid", "Laaggeletterden");
    assertTrue(round.messages().contains("toegevoegd"), round.messages());
    round.addProject("Voorlezen " + suffix, "Jeugd & onderwijs", "Jeugd (0-18 jaar)");
    round.addProject("Makerspace " + suffix, "Persoonlijke ontwikkeling", "Jeugd (0-18 jaar)");
    assertEquals(
        List.of("Makerspace " + suffix, "Taalpunt " + suffix, "Voorlezen " + suffix),
        round.projects());
    assertFalse(round.canSignUpFor("Taalpunt " + suffix), "a policy cell signs no library up");
    String taalpunt = round.projectId("Taalpunt " + suffix);
    browser.open("/project/view.xhtml?id=" + taalpunt);
    var goal = browser.driver().findElement(org.openqa.selenium.By.id("edit:goal"));
    goal.clear();
    goal.sendKeys("Een taalpunt in elke wijk");
    browser.clickAndWaitForPage(
        browser.driver().findElement(org.openqa.selenium.By.id("edit:save")));
    assertEquals(
        "Een taalpunt in elke wijk",
        browser.driver().findElement(org.openqa.selenium.By.id("goal")).getText().strip());
    browser.forgetSession();

    LoginPage.logInAs(browser, DemoAccount.BIBLIOTHECARIS);
    round = ProjectRoundPage.open(browser, roundId);
    assertFalse(round.hasCloseButton());
    assertTrue(round.ticketsLeft().contains("2 van 2"), round.ticketsLeft());
    round.signUpFor("Taalpunt " + suffix);
    assertTrue(round.messages().contains("Tickets over: 1"), round.messages());
    round.signUpFor("Voorlezen " + suffix);
    assertTrue(round.ticketsLeft().contains("0 van 2"), round.ticketsLeft());
    round.signUpFor("Makerspace " + suffix);
    assertTrue(
        round
            .messages()
            .contains("Alle 2 tickets van deze bibliotheek in deze ronde zijn gebruikt"),
        round.messages());
    assertTrue(round.canSignUpFor("Makerspace " + suffix));
    String makerspace = round.projectId("Makerspace " + suffix);
    browser.forgetSession();

    LoginPage.logInAs(browser, DemoAccount.BELEID);
    round = ProjectRoundPage.open(browser, roundId).close();
    assertTrue(round.isClosedShown());
    assertFalse(round.hasCloseButton());
    browser.forgetSession();

    LoginPage.logInAs(browser, DemoAccount.BIBLIOTHECARIS);
    round = ProjectRoundPage.open(browser, roundId);
    assertTrue(round.isClosedShown());
    assertFalse(round.canSignUpFor("Makerspace " + suffix), "no sign-up in a closed round");
    assertEquals(
        "Deze ronde is gesloten: aanmelden en afmelden kan niet meer.",
        new Api(DemoAccount.BIBLIOTHECARIS).signUpForProject(makerspace, 409));
  }
}
