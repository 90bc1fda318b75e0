import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser side of the social-map benchmark (part of src/bench/socialmap-benchmark.sh): how long
 * headless Chromium takes to show the network view of one map, and how many nodes and edges
 * cytoscape lays out. Runs with the project's test class path (Selenium, /usr/bin/chromedriver):
 *
 * <pre>
 *   KNOOPPUNT_ADMIN_PASSWORD=... java -cp $(cat target/bench-classpath.txt) src/bench/BrowserProbe.java \
 *       http://localhost:9095 bench-admin CENTRE DEPTH [RUNS]
 * </pre>
 *
 * <p>No hook in the application is needed: a script registered through the DevTools protocol before
 * any page script ({@code Page.addScriptToEvaluateOnNewDocument}) listens for the {@code
 * knooppunt:socialmap} event, which socialmap.js dispatches right after {@code cytoscape({...})}
 * has returned, and the concentric layout without animation runs inside that call. It records
 * {@code performance.now()} then ("layout done", milliseconds since navigation start) and after the
 * next animation frame has been painted ("painted": a requestAnimationFrame callback queued after
 * cytoscape's own render callback, then a task). Logs in through the login form once, loads the
 * page once to warm up, then RUNS (5) times; prints the median and range of each timing, one {@code
 * name=value} line each.
 */
public class BrowserProbe {

  static final String HOOK =
      """
      document.addEventListener('knooppunt:socialmap', function (event) {
        var cy = event.detail.cy;
        var bench = window.__knooppuntBench = {
          layoutDone: performance.now(), nodes: cy.nodes().length, edges: cy.edges().length,
          positioned: cy.nodes().filter(function (n) {
            var p = n.position(); return isFinite(p.x) && isFinite(p.y); }).length
        };
        requestAnimationFrame(function () {
          setTimeout(function () { bench.painted = performance.now(); }, 0);
        });
      });
      """;

  public static void main(String[] args) throws Exception {
    Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
    String base = args[0];
    String user = args[1];
    String centre = args[2];
    int depth = Integer.parseInt(args[3]);
    int runs = args.length > 4 ? Integer.parseInt(args[4]) : 5;
    String password = System.getenv("KNOOPPUNT_ADMIN_PASSWORD");
    if (System.getProperty("webdriver.chrome.driver") == null) {
      System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
    }
    Path profile = Files.createTempDirectory("knooppunt-bench-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,1000",
        "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriver driver = new ChromeDriver(options);
    try {
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120));
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(120));

      driver.get(base + "/login.xhtml");
      driver.findElement(By.id("login:username")).sendKeys(user);
      driver.findElement(By.id("login:password")).sendKeys(password);
      driver.findElement(By.id("login:submit")).click();
      wait.until(d -> d.getCurrentUrl().contains("/index.xhtml"));

      driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", HOOK));
      String url = base + "/socialmap/view.xhtml?centre=" + centre + "&depth=" + depth;
      List<Map<String, Object>> measured = new ArrayList<>();
      for (int run = 0; run <= runs; run++) {
        driver.get(url);
        wait.until(d ->
            d instanceof ChromeDriver c
                && c.executeScript(
                        "return !!(window.__knooppuntBench && window.__knooppuntBench.painted)")
                    .equals(Boolean.TRUE));
        @SuppressWarnings("unchecked")
        Map<String, Object> m =
            (Map<String, Object>)
                driver.executeScript(
                    """
                    var b = window.__knooppuntBench;
                    var n = performance.getEntriesByType('navigation')[0];
                    return { layoutDone: b.layoutDone, painted: b.painted, nodes: b.nodes,
                             edges: b.edges, positioned: b.positioned,
                             responseStart: n.responseStart, responseEnd: n.responseEnd,
                             domContentLoaded: n.domContentLoadedEventStart,
                             htmlBytes: n.decodedBodySize, status: n.responseStatus,
                             tableRows: document.querySelectorAll('#nodes tbody tr').length };
                    """);
        if (((Number) m.get("status")).intValue() != 200) {
          throw new IllegalStateException("the page answered " + m.get("status"));
        }
        if (run > 0) { // run 0 warms up
          measured.add(m);
        }
      }
      Map<String, Object> last = measured.getLast();
      print("nodes", last.get("nodes"));
      print("edges", last.get("edges"));
      print("positioned", last.get("positioned"));
      print("table.rows", last.get("tableRows"));
      print("html.bytes", last.get("htmlBytes"));
      print("runs", measured.size());
      for (String key :
          List.of("responseStart", "responseEnd", "domContentLoaded", "layoutDone", "painted")) {
        double[] v =
            measured.stream()
                .mapToDouble(m -> ((Number) m.get(key)).doubleValue())
                .sorted()
                .toArray();
        print(
            key + ".ms",
            String.format(Locale.ROOT, "%.0f (%.0f-%.0f)", v[v.length / 2], v[0], v[v.length - 1]));
      }
    } finally {
      driver.quit();
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  static void print(String name, Object value) {
    System.out.println(name + "=" + value);
  }
}
