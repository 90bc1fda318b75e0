package it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** Page object for a person's page ({@code /person/view.xhtml}) and her edit page. */
public final class PersonPage {

  public static final String VIEW = "/person/view.xhtml";
  public static final String EDIT = "/person/edit.xhtml";

  private final Browser browser;

  PersonPage(Browser browser) {
    this.browser = browser;
  }

  public static PersonPage view(Browser browser, String id) {
    browser.open(VIEW + "?id=" + id);
    return new PersonPage(browser);
  }

  /** From an organisation's profile, "add a person": the edit page for a new person. */
  public static PersonPage addFrom(Browser browser, String organisationId) {
    browser.open("/organisation/view.xhtml?id=" + organisationId);
    browser.clickAndWaitForPage(browser.driver().findElement(By.id("addPerson")));
    return new PersonPage(browser);
  }

  public PersonPage edit() {
    browser.clickAndWaitForPage(browser.driver().findElement(By.id("edit")));
    return this;
  }

  public PersonPage type(String field, String value) {
    WebElement input = browser.driver().findElement(By.id("edit:" + field));
    input.clear();
    input.sendKeys(value);
    return this;
  }

  /** Ticks or unticks one consent checkbox (consentMaps, consentIntroductions, …). */
  public PersonPage consent(String field, boolean given) {
    WebElement box = browser.driver().findElement(By.id("edit:" + field));
    if (box.isSelected() != given) {
      box.click();
    }
    return this;
  }

  public PersonPage visibility(int index) {
    browser.driver().findElement(By.id("edit:visibility:" + index)).click();
    return this;
  }

  public PersonPage save() {
    browser.clickAndWaitForPage(browser.driver().findElement(By.id("edit:save")));
    return this;
  }

  public void remove() {
    browser.clickAndWaitForPage(browser.driver().findElement(By.id("remove:askDelete")));
    browser.clickAndWaitForPage(browser.driver().findElement(By.id("remove:confirmDelete")));
  }

  /** Asks for erasure with a reason, on the person's page. */
  public PersonPage askErasure(String reason) {
    browser.driver().findElement(By.id("erasure:reason")).sendKeys(reason);
    browser.clickAndWaitForPage(browser.driver().findElement(By.id("erasure:ask")));
    return this;
  }

  /** On the admins' queue, completes the request for the person named {@code name}. */
  public static void completeErasureOf(Browser browser, String name) {
    browser.open("/person/erasures.xhtml");
    var row =
        browser.driver().findElements(By.cssSelector("#requests\\:table tbody tr")).stream()
            .filter(r -> r.getText().contains(name))
            .findFirst()
            .orElseThrow();
    browser.clickAndWaitForPage(row.findElement(By.cssSelector("button")));
  }

  public String consentText(String property) {
    return browser.driver().findElement(By.id("consent-" + property)).getText();
  }

  public String details() {
    return browser.driver().findElement(By.id("details")).getText();
  }

  public boolean showsSaved() {
    return browser.isDisplayed(By.id("saved"));
  }

  /** Downloads the export as the logged-in browser would and returns "disposition\nbody". */
  public String download() {
    String href = browser.driver().findElement(By.id("export")).getAttribute("href");
    return (String)
        ((JavascriptExecutor) browser.driver())
            .executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                    + " fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text()"
                    + ".then(t => done(r.status + ' ' + r.headers.get('Content-Disposition') + '\\n' + t)));",
                href);
  }
}
