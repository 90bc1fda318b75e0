package it.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * {@code /project/rounds.xhtml} and {@code /project/round.xhtml?id=}: the list of rounds with the
 * form to open one, and one round with its projects, sign-up buttons, the form to add a project and
 * the close button.
 */
public final class ProjectRoundPage {

  public static final String ROUNDS_PATH = "/project/rounds.xhtml";
  public static final String PATH = "/project/round.xhtml";

  static final By MESSAGES = By.id("messages");
  static final By PROJECT_ROWS = By.cssSelector("[id='projects:table'] tbody tr");
  static final By MINE = By.id("mine");
  static final By CLOSED_NOTE = By.id("closedNote");

  private final Browser browser;

  ProjectRoundPage(Browser browser) {
    this.browser = browser;
  }

  /** Opens a new round from the rounds page; lands on the new round's page. */
  public static ProjectRoundPage openRound(Browser browser, String name, int tickets) {
    browser.open(ROUNDS_PATH);
    var d = browser.driver();
    d.findElement(By.id("open:name")).sendKeys(name);
    d.findElement(By.id("open:tickets")).clear();
    d.findElement(By.id("open:tickets")).sendKeys(Integer.toString(tickets));
    browser.clickAndWaitForPage(d.findElement(By.id("open:save")));
    return new ProjectRoundPage(browser);
  }

  public static ProjectRoundPage open(Browser browser, String id) {
    browser.open(PATH + "?id=" + id);
    return new ProjectRoundPage(browser);
  }

  public String id() {
    return browser.queryParameter("id");
  }

  /** Adds a project with a priority and a target group chosen by their visible names. */
  public ProjectRoundPage addProject(String name, String priority, String targetGroup) {
    var d = browser.driver();
    d.findElement(By.id("add:name")).sendKeys(name);
    new Select(d.findElement(By.id("add:priority"))).selectByVisibleText(priority);
    new Select(d.findElement(By.id("add:targetGroup"))).selectByVisibleText(targetGroup);
    d.findElement(By.id("add:goal")).sendKeys("Samen meer bereiken");
    d.findElement(By.id("add:subjects")).sendKeys("taal, digitaal");
    browser.clickAndWaitForPage(d.findElement(By.id("add:save")));
    return this;
  }

  /** The names of the projects listed. */
  public List<String> projects() {
    return browser.driver().findElements(PROJECT_ROWS).stream()
        .flatMap(r -> r.findElements(By.cssSelector(".kp-project-name")).stream())
        .map(e -> e.getText().strip())
        .toList();
  }

  /** The id of the project {@code name}, from its link. */
  public String projectId(String name) {
    return row(name)
        .findElement(By.cssSelector(".kp-project-name"))
        .getDomAttribute("href")
        .replaceFirst(".*[?&]id=([0-9a-f-]{36}).*", "$1");
  }

  public boolean canSignUpFor(String name) {
    return !row(name).findElements(By.cssSelector("button[id$=':signUp']")).isEmpty();
  }

  public ProjectRoundPage signUpFor(String name) {
    browser.clickAndWaitForPage(row(name).findElement(By.cssSelector("button[id$=':signUp']")));
    return this;
  }

  /** An administrator chooses the library to sign up, by its name. */
  public ProjectRoundPage chooseLibrary(String name) {
    var d = browser.driver();
    new Select(d.findElement(By.id("choose:library"))).selectByVisibleText(name);
    browser.clickAndWaitForPage(d.findElement(By.id("choose:show")));
    return this;
  }

  public ProjectRoundPage withdrawFrom(String name) {
    browser.clickAndWaitForPage(row(name).findElement(By.cssSelector("button[id$=':withdraw']")));
    return this;
  }

  public ProjectRoundPage close() {
    browser.clickAndWaitForPage(browser.driver().findElement(By.id("close:close")));
    return this;
  }

  public boolean isClosedShown() {
    return browser.isDisplayed(CLOSED_NOTE);
  }

  public boolean hasCloseButton() {
    return !browser.driver().findElements(By.id("close:close")).isEmpty();
  }

  /** The sentence with the tickets left of the user's library. */
  public String ticketsLeft() {
    return browser.driver().findElement(MINE).getText().strip();
  }

  public String messages() {
    return browser.driver().findElements(MESSAGES).stream()
        .map(e -> e.getText().strip())
        .findFirst()
        .orElse("");
  }

  private WebElement row(String name) {
    for (WebElement row : browser.driver().findElements(PROJECT_ROWS)) {
      List<WebElement> link = row.findElements(By.cssSelector(".kp-project-name"));
      if (!link.isEmpty() && name.equals(link.getFirst().getText().strip())) {
        return row;
      }
    }
    throw new AssertionError("no project " + name + " on " + browser.path());
  }
}
