package it.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * {@code /organisation/edit.xhtml}: a new profile ({@code ?kind=partner}) or an edit ({@code
 * ?id=…}).
 */
public final class OrganisationEditPage {

  public static final String PATH = "/organisation/edit.xhtml";

  static final By FORM = By.id("edit");
  static final By NAME = By.id("edit:name");
  static final By DESCRIPTION = By.id("edit:description");
  static final By SECTOR = By.id("edit:sector");
  static final By MUNICIPALITY = By.id("edit:municipality_input");
  static final By STREET = By.id("edit:street");
  static final By POSTCODE = By.id("edit:postcode");
  static final By PLACE = By.id("edit:place");
  static final By EMAIL = By.id("edit:email");
  static final By SAVE = By.id("edit:save");
  static final By MESSAGES = By.id("edit:messages");
  static final By CONFLICT = By.id("edit:conflict");
  static final By CONFLICT_ROWS = By.cssSelector("[id='edit:conflict'] tbody tr");

  private final Browser browser;

  OrganisationEditPage(Browser browser) {
    this.browser = browser;
  }

  public static OrganisationEditPage openNewPartner(Browser browser) {
    browser.open(PATH + "?kind=partner");
    return new OrganisationEditPage(browser);
  }

  public static OrganisationEditPage openEdit(Browser browser, String id) {
    browser.open(PATH + "?id=" + id);
    return new OrganisationEditPage(browser);
  }

  /** Whether the browser shows the edit form. */
  public boolean isShown() {
    return browser.path().endsWith(PATH) && browser.isDisplayed(NAME);
  }

  public String heading() {
    return browser.heading();
  }

  public OrganisationEditPage name(String value) {
    return type(NAME, value);
  }

  public OrganisationEditPage description(String value) {
    return type(DESCRIPTION, value);
  }

  public OrganisationEditPage sector(String value) {
    new Select(browser.driver().findElement(SECTOR)).selectByValue(value);
    return this;
  }

  /** Types a bare municipality code (accepted as it is). */
  public OrganisationEditPage municipalityCode(String value) {
    return type(MUNICIPALITY, value);
  }

  /** Types part of a municipality name and picks the suggestion that reads {@code label}. */
  public OrganisationEditPage chooseMunicipality(String typed, String label) {
    type(MUNICIPALITY, typed);
    By item =
        By.xpath(
            "//*[@id='edit:municipality_panel']//li[contains(@class,'ui-autocomplete-item')"
                + " and normalize-space(.)='"
                + label
                + "']");
    browser.waitUntil(d -> d.findElement(item).isDisplayed());
    browser.driver().findElement(item).click();
    browser.waitUntil(d -> label.equals(d.findElement(MUNICIPALITY).getDomProperty("value")));
    return this;
  }

  public OrganisationEditPage street(String value) {
    return type(STREET, value);
  }

  public OrganisationEditPage postcode(String value) {
    return type(POSTCODE, value);
  }

  public OrganisationEditPage place(String value) {
    return type(PLACE, value);
  }

  public OrganisationEditPage email(String value) {
    return type(EMAIL, value);
  }

  private OrganisationEditPage type(By field, String value) {
    WebElement e = browser.driver().findElement(field);
    e.clear();
    e.sendKeys(value);
    return this;
  }

  /** The current value of the name field. */
  public String nameValue() {
    return browser.driver().findElement(NAME).getDomProperty("value");
  }

  /** The current value of the description field. */
  public String descriptionValue() {
    return browser.driver().findElement(DESCRIPTION).getDomProperty("value");
  }

  /** Presses save (a full submit) and waits for the resulting page. */
  public OrganisationEditPage save() {
    browser.clickAndWaitForPage(browser.driver().findElement(SAVE));
    return this;
  }

  /** Whether the save went through: the browser is now on the profile. */
  public boolean saved() {
    return browser.path().endsWith(OrganisationViewPage.PATH);
  }

  /** The profile the browser went to after a successful save. */
  public OrganisationViewPage savedProfile() {
    if (!saved()) {
      throw new AssertionError(
          "Not saved; still on " + browser.driver().getCurrentUrl() + " with: " + messages());
    }
    return new OrganisationViewPage(browser);
  }

  /** All messages of the form (the summary at the top). */
  public String messages() {
    return browser.driver().findElements(MESSAGES).stream()
        .map(e -> e.getText().strip())
        .findFirst()
        .orElse("");
  }

  /** The message next to one field, e.g. "name". */
  public String fieldMessage(String field) {
    return browser
        .driver()
        .findElements(By.cssSelector("[id='edit:" + field + "'] ~ .ui-message"))
        .stream()
        .map(e -> e.getText().strip())
        .findFirst()
        .orElse("");
  }

  /** Whether the version-conflict panel is shown. */
  /** The link to the existing organisation shown for a duplicate name, or null. */
  public String duplicateLink() {
    var links = browser.driver().findElements(By.cssSelector("[id='edit:duplicate'] a"));
    return links.isEmpty() ? null : links.getFirst().getDomAttribute("href");
  }

  public boolean showsConflict() {
    return browser.isDisplayed(CONFLICT);
  }

  /** The rows of the conflict table, each as its cells' text joined by " | ". */
  public List<String> conflictRows() {
    return browser.driver().findElements(CONFLICT_ROWS).stream()
        .map(row ->
            String.join(
                " | ",
                row.findElements(By.tagName("td")).stream()
                    .map(td -> td.getText().strip())
                    .toList()))
        .toList();
  }

  public Header header() {
    return new Header(browser);
  }
}
