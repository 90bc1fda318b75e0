package it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Every page through axe-core (WCAG 2.1 A and AA): no serious or critical violations. And a first
 * keyboard check: the first Tab from the top of the page lands on the skip link.
 */
class AccessibilityIT {

  private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
  private static final Set<String> BLOCKING = Set.of("serious", "critical");
  private static final int NODES_SHOWN = 5;

  /** The pages checked; all but the public ones are seen as {@code beheerder}. */
  enum Page {
    LOGIN(LoginPage.PATH, false, By.id("login:username")),
    HOME(HomePage.PATH, true, By.cssSelector("main .kp-stats")),
    ORGANISATION_LIST(OrganisationListPage.PATH, true, By.id("results:table")),
    ORGANISATION_VIEW(
        OrganisationViewPage.PATH + "?id=" + DemoAccount.DE_VAART_ID,
        true,
        By.cssSelector("main dl.kp-profile")),
    ORGANISATION_EDIT_NEW_PARTNER(
        OrganisationEditPage.PATH + "?kind=partner", true, By.id("edit:name")),
    MUNICIPALITY_LIST("/municipality/list.xhtml", true, By.id("results:table")),
    SOCIAL_MAP(
        "/socialmap/view.xhtml?centre=" + DemoAccount.DE_VAART_ID + "&depth=1",
        true,
        By.cssSelector("#network canvas")),
    SOCIAL_MAP_AREA(
        "/socialmap/view.xhtml?municipalities=GM0344,GM0310&relationTypes=collaboration",
        true,
        By.cssSelector("#network canvas")),
    COLLABORATION_NEW(
        "/collaboration/new.xhtml?from="
            + DemoAccount.DE_VAART_ID
            + "&to=00000000-0000-4000-8000-000000000201",
        true,
        By.id("propose:save")),
    COLLABORATION_VIEW(
        "/collaboration/view.xhtml?id=00000000-0000-4000-8000-000000000801",
        true,
        By.id("history")),
    SAVED_MAPS("/socialmap/saved.xhtml", true, By.id("maps:table")),
    PARTNER_FINDER(
        "/partner/finder.xhtml?for="
            + DemoAccount.DE_VAART_ID
            + "&topics=taalvaardigheid&targetGroups=nieuwkomers-anderstaligen",
        true,
        By.id("results")),
    PARTNER_INTRODUCTION(
        "/partner/introduce.xhtml?for="
            + DemoAccount.DE_VAART_ID
            + "&to=00000000-0000-4000-8000-000000000222",
        true,
        By.id("path")),
    PERSON_VIEW(
        PersonPage.VIEW + "?id=00000000-0000-4000-8000-000000000301", true, By.id("consents")),
    PERSON_EDIT(
        PersonPage.EDIT + "?id=00000000-0000-4000-8000-000000000301", true, By.id("edit:save")),
    PERSON_NEW(
        PersonPage.EDIT + "?organisation=" + DemoAccount.DE_VAART_ID, true, By.id("edit:name")),
    PERSON_ERASURES("/person/erasures.xhtml", true, By.id("requests:table")),
    INBOX("/inbox/list.xhtml", true, By.id("items:table")),
    FRESHNESS_STALE("/freshness/stale.xhtml?months=6", true, By.id("results:table")),
    COMMUNITY_LIST("/community/list.xhtml", true, By.id("results:table")),
    COMMUNITY_VIEW(
        "/community/view.xhtml?id=00000000-0000-4000-8000-000000000501", true, By.id("activities")),
    COMMUNITY_EDIT(
        "/community/edit.xhtml?id=00000000-0000-4000-8000-000000000501",
        true,
        By.id("activity:saveActivity")),
    COMMUNITY_NEW(
        "/community/edit.xhtml?host=" + DemoAccount.DE_VAART_ID, true, By.id("edit:save")),
    ALLIANCE_LIST("/alliance/list.xhtml", true, By.id("alliances:table")),
    ALLIANCE_VIEW(
        "/alliance/view.xhtml?id=00000000-0000-4000-8000-000000000601", true, By.id("members")),
    ALLIANCE_EDIT(
        "/alliance/edit.xhtml?id=00000000-0000-4000-8000-000000000601", true, By.id("edit:save")),
    ALLIANCE_SUGGESTIONS("/alliance/suggestions.xhtml?region=PV26", true, By.id("suggestionList")),
    ALLIANCE_WHATIF(
        "/alliance/whatif.xhtml?region=PV26&topic=taalvaardigheid&libraries="
            + DemoAccount.DE_VAART_ID,
        true,
        By.id("beforeAfter")),
    COVERAGE(
        "/coverage/view.xhtml?region=PV26&topic=taalvaardigheid&targetGroup=laaggeletterden"
            + "&libraries="
            + DemoAccount.DE_VAART_ID,
        true,
        By.cssSelector("#coveragemap[data-ready]")),
    COVERAGE_PRINT(
        "/coverage/print.xhtml?region=PV26&topic=taalvaardigheid&targetGroup=laaggeletterden",
        true,
        By.id("print-rows")),
    NEED_IMPORT("/coverage/need.xhtml", true, By.id("need:csv")),
    IMPORT("/exchange/import.xhtml", true, By.id("upload:file")),
    TAALNETWERK_LIST("/taalnetwerk/list.xhtml", true, By.id("results:table")),
    TAALNETWERK_VIEW(
        "/taalnetwerk/view.xhtml?id=00000000-0000-4000-8000-000000000401",
        true,
        By.id("memberTable")),
    TAALNETWERK_EDIT(
        "/taalnetwerk/edit.xhtml?id=00000000-0000-4000-8000-000000000401",
        true,
        By.id("edit:save")),
    TAALNETWERK_NEW("/taalnetwerk/edit.xhtml", true, By.id("edit:save")),
    HEALTH_TAALNETWERK(
        "/networkhealth/view.xhtml?taalnetwerk=00000000-0000-4000-8000-000000000401",
        true,
        By.cssSelector("#chart canvas")),
    HEALTH_REGION("/networkhealth/view.xhtml?region=PV26", true, By.id("snapshots")),
    ABOUT("/about.xhtml", false, By.cssSelector("main h1")),
    SIGNUP(SignupPage.PATH, false, By.id("signup:name")),
    SIGNUP_CLAIM("/signup/claim.xhtml", false, By.id("claim:organisation_input")),
    SIGNUP_ACCEPT_UNKNOWN("/signup/accept.xhtml?token=" + "A".repeat(43), false, By.id("problem")),
    SIGNUP_QUEUE(SignupQueuePage.PATH, true, By.id("queue:table")),
    PROJECT_ROUNDS(ProjectRoundPage.ROUNDS_PATH, true, By.id("rounds:table")),
    PROJECT_ROUND(
        ProjectRoundPage.PATH + "?id=00000000-0000-4000-8000-000000000702",
        true,
        By.id("add:save")),
    PROJECT_VIEW(
        "/project/view.xhtml?id=00000000-0000-4000-8000-000000000701",
        true,
        By.id("signups:table")),
    SIGNUP_INVITES("/signup/invites.xhtml", true, By.id("invites:table")),
    ERROR_UNKNOWN_ID(
        OrganisationViewPage.PATH + "?id=does-not-exist",
        true,
        By.cssSelector("main [role=alert]"));

    final String path;
    final boolean needsLogin;
    final By content;

    Page(String path, boolean needsLogin, By content) {
      this.path = path;
      this.needsLogin = needsLogin;
      this.content = content;
    }
  }

  private static Browser browser;
  private static boolean loggedIn;

  @BeforeAll
  static void startBrowser() {
    browser = Browser.start();
  }

  @AfterAll
  static void quitBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  /**
   * One load per page for both checks (a page load and an axe run each cost seconds in CI): no
   * serious or critical axe violation, then the keyboard's first Tab reaches the skip link.
   */
  @ParameterizedTest(name = "{0}")
  @EnumSource(Page.class)
  void noSeriousViolationsAndTheFirstTabFocusesTheSkipLink(Page page) {
    open(page);
    noSeriousOrCriticalViolations(page);
    firstTabFocusesTheSkipLink(page);
  }

  private static void noSeriousOrCriticalViolations(Page page) {

    Results results = new AxeBuilder().withTags(TAGS).analyze(browser.driver());

    assertFalse(results.isErrored(), "axe failed on " + page + ": " + results.getErrorMessage());
    List<Rule> blocking =
        results.getViolations().stream().filter(r -> BLOCKING.contains(r.getImpact())).toList();
    List<Rule> other =
        results.getViolations().stream().filter(r -> !BLOCKING.contains(r.getImpact())).toList();
    if (!other.isEmpty()) {
      System.out.println(
          "axe, " + page + " (" + page.path + "), not blocking:\n" + describe(other));
    }
    if (!blocking.isEmpty()) {
      String report = describe(blocking);
      System.out.println("axe, " + page + " (" + page.path + "), blocking:\n" + report);
      fail(
          blocking.size()
              + " serious/critical accessibility violation(s) on "
              + page.path
              + ":\n"
              + report);
    }
  }

  private static void firstTabFocusesTheSkipLink(Page page) {
    new Actions(browser.driver()).sendKeys(Keys.TAB).perform();

    WebElement focused = browser.driver().switchTo().activeElement();
    String classes = String.valueOf(focused.getAttribute("class"));
    assertTrue(
        Set.of(classes.split("\\s+")).contains("skip-link"),
        "first Tab on "
            + page.path
            + " focuses <"
            + focused.getTagName()
            + " class='"
            + classes
            + "' id='"
            + focused.getAttribute("id")
            + "'>"
            + focused.getText()
            + "</...>, not the skip link");
    assertEquals("#main", focused.getDomAttribute("href"), "the skip link goes to the content");

    // Following it moves focus into the content.
    focused.sendKeys(Keys.ENTER);
    browser.waitUntil(d ->
        "main".equals(d.switchTo().activeElement().getAttribute("id"))
            || d.switchTo().activeElement().findElements(By.xpath("ancestor::main")).size() > 0);
  }

  private static void open(Page page) {
    if (page.needsLogin && !loggedIn) {
      LoginPage.logInAs(browser, DemoAccount.BEHEERDER);
      loggedIn = true;
    } else if (page == Page.LOGIN && loggedIn) {
      browser.forgetSession();
      loggedIn = false;
    }
    browser.openAllowingError(page.path);
    if (page.needsLogin && browser.path().endsWith(LoginPage.PATH)) {
      // The session was lost (e.g. the server restarted): log in again.
      LoginPage.logInAs(browser, DemoAccount.BEHEERDER);
      browser.openAllowingError(page.path);
    }
    if (page == Page.ERROR_UNKNOWN_ID) {
      assertEquals(404, browser.httpStatus(), "status of " + page.path);
      assertTrue(browser.showsErrorPage(), "the error page is shown for " + page.path);
    } else {
      browser.failOnErrorPage();
    }
    browser.waitUntil(d -> !d.findElements(page.content).isEmpty());
  }

  private static String describe(List<Rule> rules) {
    return rules.stream()
        .map(r -> {
          List<CheckedNode> nodes = r.getNodes() == null ? List.of() : r.getNodes();
          String targets =
              nodes.stream()
                  .limit(NODES_SHOWN)
                  .map(n ->
                      "      "
                          + n.getTarget()
                          + "  "
                          + abbreviate(n.getHtml())
                          + (n.getFailureSummary() == null
                              ? ""
                              : "\n        " + n.getFailureSummary().replaceAll("\\s+", " ")))
                  .collect(Collectors.joining("\n"));
          return "  - "
              + r.getId()
              + " ["
              + r.getImpact()
              + "] "
              + r.getHelp()
              + " ("
              + nodes.size()
              + " node(s); "
              + r.getHelpUrl()
              + ")\n"
              + targets;
        })
        .collect(Collectors.joining("\n"));
  }

  private static String abbreviate(String html) {
    if (html == null) {
      return "";
    }
    String oneLine = html.replaceAll("\\s+", " ");
    return oneLine.length() > 160 ? oneLine.substring(0, 157) + "..." : oneLine;
  }
}
