package it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A partner signs itself up on the public page; it cannot log in until the librarian of De Vaart
 * (which serves Utrecht) approves it in her queue; then it edits its own profile, and the edit page
 * of another organisation refuses it.
 */
class SignupFlowIT {

  private static final String PASSWORD = "Browser-Wachtw00rd!";
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
  void signUpApproveAndEditOnlyTheOwnProfile() {
    String suffix = Long.toString(System.nanoTime(), 36);
    String name = "Welzijn Browser " + suffix;
    String username = "br" + suffix;
    String number =
        String.format("%08d", ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));

    SignupPage signup = SignupPage.open(browser);
    signup.fill(name, "123", "GM0344", username, PASSWORD).submit();
    assertFalse(signup.isDone(), "refused: not a KvK number");
    assertTrue(signup.messages().contains("KvK"), signup.messages());
    signup.fill(name, number, "GM0344", username, "kort").submit();
    assertFalse(signup.isDone(), "refused: a weak password");
    assertTrue(signup.messages().contains("Wachtwoord: te zwak"), signup.messages());

    signup.fill(name, number, "GM0344", username, PASSWORD).submit();
    assertTrue(signup.isDone(), signup.messages());

    LoginPage login = LoginPage.open(browser).logInExpectingRefusal(username, PASSWORD);
    assertTrue(login.isShown());
    assertTrue(login.messages().contains("wacht nog op goedkeuring"), login.messages());

    LoginPage.logInAs(browser, DemoAccount.BIBLIOTHECARIS);
    SignupQueuePage queue = SignupQueuePage.open(browser);
    assertTrue(queue.lists(name));
    queue.approve(name);
    assertTrue(queue.messages().contains("goedgekeurd"), queue.messages());
    assertFalse(queue.lists(name));
    browser.forgetSession();

    LoginPage.open(browser).logIn(username, PASSWORD).header().ensureDutch();
    browser.open(OrganisationListPage.PATH + "?q=" + name.replace(" ", "+"));
    var links = browser.driver().findElements(OrganisationListPage.RESULT_LINKS);
    assertEquals(1, links.size(), "the approved profile is listed now");
    String id =
        links.getFirst().getDomAttribute("href").replaceFirst(".*[?&]id=([0-9a-f-]{36}).*", "$1");

    OrganisationEditPage edit = OrganisationEditPage.openEdit(browser, id);
    assertTrue(edit.isShown());
    edit.description("Bijgehouden door de partner zelf").save();
    assertTrue(browser.path().endsWith(OrganisationViewPage.PATH), browser.path());
    assertTrue(browser.driver().getPageSource().contains("Bijgehouden door de partner zelf"));

    browser.openAllowingError(OrganisationEditPage.PATH + "?id=" + DemoAccount.DE_VAART_ID);
    assertEquals(403, browser.httpStatus(), "another organisation's edit page is refused");
    browser.openAllowingError(
        OrganisationEditPage.PATH + "?id=00000000-0000-4000-8000-000000000226");
    assertEquals(403, browser.httpStatus());
  }

  @Test
  void anInviteMadeOnThePageWorksOnceWithoutTheQueue() {
    String suffix = Long.toString(System.nanoTime(), 36);
    String username = "inv" + suffix;
    LoginPage.logInAs(browser, DemoAccount.BIBLIOTHECARIS);
    browser.open("/signup/invites.xhtml");
    browser.driver().findElement(By.id("create:note")).sendKeys("Browsertest " + suffix);
    browser.clickAndWaitForPage(browser.driver().findElement(By.id("create:make")));
    String link = browser.driver().findElement(By.id("inviteLink")).getText().strip();
    assertTrue(link.contains("/signup/accept.xhtml?token="), link);
    assertTrue(browser.driver().getPageSource().contains("Browsertest " + suffix), "listed");
    browser.forgetSession();

    String path = link.substring(link.indexOf("/signup/"));
    browser.open(path);
    type("accept:name", "Uitgenodigd Browser " + suffix);
    new Select(browser.driver().findElement(By.id("accept:sector"))).selectByValue("welzijn");
    type("accept:municipality_input", "GM0344");
    type("accept:displayName", "Contact " + suffix);
    type("accept:contactEmail", username + "@browser.example");
    type("accept:username", username);
    type("accept:password", PASSWORD);
    browser.clickAndWaitForPage(browser.driver().findElement(By.id("accept:submit")));
    assertTrue(browser.isDisplayed(By.id("accept:done")), browser.driver().getPageSource());

    browser.open(path);
    assertTrue(
        browser.driver().findElement(By.id("problem")).getText().contains("al gebruikt"),
        "a second use is refused");
    LoginPage.open(browser).logIn(username, PASSWORD);
  }

  private void type(String id, String value) {
    var e = browser.driver().findElement(By.id(id));
    e.clear();
    e.sendKeys(value);
  }
}
