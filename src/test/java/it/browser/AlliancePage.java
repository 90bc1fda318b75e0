package it.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The alliance pages: suggestions, the edit form, the profile and the list. */
final class AlliancePage {

  static final String SUGGESTIONS = "/alliance/suggestions.xhtml";
  static final String LIST = "/alliance/list.xhtml";

  private final Browser browser;

  AlliancePage(Browser browser) {
    this.browser = browser;
  }

  /** The suggestions for a province and topic; each suggestion's text, best first. */
  List<String> suggestions(String region, String topic) {
    browser.open(SUGGESTIONS + "?region=" + region + "&topic=" + topic);
    browser.failOnErrorPage();
    return browser.driver().findElements(By.cssSelector("#suggestionList .kp-suggestion")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Follows "create an alliance from this suggestion" of the first suggestion. */
  void createFromFirstSuggestion() {
    browser.clickAndWaitForPage(
        browser.driver().findElement(By.cssSelector("#suggestionList .kp-suggestion-create")));
    browser.failOnErrorPage();
  }

  /** Names of the members on the edit form. */
  List<String> formMembers() {
    return browser.driver().findElements(By.cssSelector("#edit .kp-member-name")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Types a name and saves; the page the browser lands on. */
  void saveAs(String name) {
    WebElement field = browser.driver().findElement(By.id("edit:name"));
    field.clear();
    field.sendKeys(name);
    browser.clickAndWaitForPage(browser.driver().findElement(By.id("edit:save")));
    browser.failOnErrorPage();
  }

  String notice() {
    return browser.driver().findElement(By.id("done")).getText();
  }

  /** Follows the alliance page's link to coverage in its area: the result's headline. */
  String coverageOfItsArea() {
    browser.clickAndWaitForPage(browser.driver().findElement(By.id("allianceCoverage")));
    return browser.driver().findElement(By.id("result-title")).getText();
  }

  String membersTable() {
    return browser.driver().findElement(By.id("members")).getText();
  }

  /** The list filtered by name: the names shown. */
  List<String> listed(String q) {
    browser.open(LIST);
    WebElement field = browser.driver().findElement(By.id("filterQ"));
    field.sendKeys(q);
    browser.clickAndWaitForPage(browser.driver().findElement(By.id("filterGo")));
    return browser.driver().findElements(By.cssSelector(".kp-alliance-open")).stream()
        .map(WebElement::getText)
        .toList();
  }
}
