package it.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** {@code /organisation/list.xhtml}: filters and the table of libraries and partners. */
public final class OrganisationListPage {

  public static final String PATH = "/organisation/list.xhtml";

  static final By NAME_FILTER = By.id("filters:q");
  static final By KIND_FILTER = By.id("filters:kind");
  static final By MUNICIPALITY_FILTER = By.id("filters:municipality");
  static final By APPLY = By.id("filters:apply");
  static final By TABLE = By.id("results:table");
  static final By RESULT_LINKS =
      By.cssSelector("[id='results:table'] tbody tr td a[href*='/organisation/view.xhtml']");
  static final By EMPTY = By.cssSelector("[id='results:table'] .ui-datatable-empty-message");
  static final By EXPORT_CSV = By.id("exportCsv");
  static final By EXPORT_XLSX = By.id("exportXlsx");
  static final By NEW_PARTNER = By.cssSelector("main .kp-actions a[href*='kind=partner']");

  private final Browser browser;

  OrganisationListPage(Browser browser) {
    this.browser = browser;
  }

  public static OrganisationListPage open(Browser browser) {
    browser.open(PATH);
    return new OrganisationListPage(browser);
  }

  public String heading() {
    return browser.heading();
  }

  /** Sets the "name contains" filter (other filters stay as they are) and applies. */
  public OrganisationListPage filterByName(String text) {
    WebElement q = browser.driver().findElement(NAME_FILTER);
    q.clear();
    q.sendKeys(text);
    return apply();
  }

  /** Chooses a kind ("", "library", "partner"); apply afterwards. */
  public OrganisationListPage kind(String value) {
    new Select(browser.driver().findElement(KIND_FILTER)).selectByValue(value);
    return this;
  }

  /** Sets the municipality code filter; apply afterwards. */
  public OrganisationListPage municipality(String code) {
    WebElement m = browser.driver().findElement(MUNICIPALITY_FILTER);
    m.clear();
    m.sendKeys(code);
    return this;
  }

  public OrganisationListPage apply() {
    browser.clickAndWaitForPage(browser.driver().findElement(APPLY));
    browser.waitUntil(d -> !d.findElements(TABLE).isEmpty());
    return this;
  }

  /** The names in the table, in order (this page only). */
  public List<String> names() {
    return browser.driver().findElements(RESULT_LINKS).stream()
        .map(e -> e.getText().strip())
        .toList();
  }

  /** Whether the table says there are no results. */
  public boolean isEmpty() {
    return browser.isDisplayed(EMPTY);
  }

  public boolean mayCreatePartner() {
    return browser.isDisplayed(NEW_PARTNER);
  }

  /** Follows "Nieuwe partner". */
  public OrganisationEditPage newPartner() {
    browser.clickAndWaitForPage(browser.driver().findElement(NEW_PARTNER));
    return new OrganisationEditPage(browser);
  }

  /** Follows the first result called exactly {@code name}. */
  public OrganisationViewPage openProfile(String name) {
    WebElement link =
        browser.driver().findElements(RESULT_LINKS).stream()
            .filter(e -> e.getText().strip().equals(name))
            .findFirst()
            .orElseThrow(() -> new AssertionError("No result called " + name + ": " + names()));
    browser.clickAndWaitForPage(link);
    return new OrganisationViewPage(browser);
  }

  /** The address the "Exporteer CSV" button downloads from. */
  public String csvExportUrl() {
    return browser.driver().findElement(EXPORT_CSV).getAttribute("href");
  }

  /** The address the "Exporteer Excel" button downloads from. */
  public String xlsxExportUrl() {
    return browser.driver().findElement(EXPORT_XLSX).getAttribute("href");
  }

  /** The visible labels of the two export buttons. */
  public List<String> exportLabels() {
    return List.of(
        browser.driver().findElement(EXPORT_CSV).getText().strip(),
        browser.driver().findElement(EXPORT_XLSX).getText().strip());
  }

  public Header header() {
    return new Header(browser);
  }
}
