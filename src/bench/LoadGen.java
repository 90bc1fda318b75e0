import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small closed-loop HTTP load generator for src/bench/socialmap-benchmark.sh; JDK only, run as a
 * single source file:
 *
 * <pre>
 *   KNOOPPUNT_ADMIN_PASSWORD=... java src/bench/LoadGen.java --base http://localhost:9095 \
 *       --user bench-admin --concurrency 16 --warmup 10 --seconds 30 \
 *       --target 'map=/api/socialmap?centre=ID&amp;depth=2' --target static=/bench/same-size.json:123456
 * </pre>
 *
 * <p>CONCURRENCY workers, each with its own {@link HttpClient} (HTTP/1.1, so one keep-alive
 * connection per worker, since a worker has one request in flight) and its own cookie jar. Each
 * worker logs in once with the log-in form, like a browser, and then sends only its session
 * cookie: a Basic header on every request would make every request pay the
 * PBKDF2 password check (210,000 iterations), which would drown what is measured. With {@code
 * --auth basic} every request carries the Basic header instead.
 *
 * <p>A log-in lives in the HTTP session. Should a worker be logged out anyway (a 302 to the
 * log-in page, a 401 from the API), it logs in again and repeats the request; neither is
 * measured, and the re-logins are counted and reported ({@code name.relogins}), not hidden. (Before
 * the log-in moved into the session, Liberty's authentication cache logged everyone out after
 * 25,000 requests; this count is how that was found.)
 *
 * <p>The targets are measured one after the other, on the same workers and connections: for each,
 * WARMUP seconds whose requests are not counted, then SECONDS seconds measured. Latency is from
 * sending the request to having the whole body. Every response must be 200 with the expected body
 * length (given after the last ':' of the target, else the length of the first response); other
 * answers count as errors (listed by kind on stderr), and any error, warm-up included, makes the
 * exit status 1. Prints a table and one {@code name.metric=value} line per number.
 */
public class LoadGen {

  record Target(String name, String path, long expectedBytes) {}

  /** Wrong answers by kind (target, status, length, redirect): how many. */
  static final Map<String, AtomicLong> ERROR_COUNTS = new ConcurrentHashMap<>();

  /** Wrong answers by kind: when the first came, in seconds since its phase began. */
  static final Map<String, Double> ERROR_FIRST = new ConcurrentHashMap<>();

  /** Per target and phase: when the cookie first stopped logging in, in seconds. */
  static final Map<String, Double> RELOGIN_FIRST = new ConcurrentHashMap<>();

  record Stats(
      String name,
      long requests,
      long errors,
      long closes,
      long relogins,
      double seconds,
      double p50,
      double p95,
      double p99,
      double mean,
      double max,
      long bytes) {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new LinkedHashMap<>();
    List<Target> targets = new ArrayList<>();
    for (int i = 0; i < args.length; i += 2) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("options are --name value pairs: " + args[i]);
      }
      if (args[i].equals("--target")) {
        targets.add(target(args[i + 1]));
      } else {
        options.put(args[i].substring(2), args[i + 1]);
      }
    }
    String base = options.getOrDefault("base", "http://localhost:9095");
    String user = options.getOrDefault("user", System.getenv("KNOOPPUNT_ADMIN_USERNAME"));
    String password =
        System.getenv(options.getOrDefault("password-env", "KNOOPPUNT_ADMIN_PASSWORD"));
    int concurrency = Integer.parseInt(options.getOrDefault("concurrency", "16"));
    int warmup = Integer.parseInt(options.getOrDefault("warmup", "10"));
    int seconds = Integer.parseInt(options.getOrDefault("seconds", "30"));
    boolean basicEveryRequest = "basic".equals(options.getOrDefault("auth", "session"));
    if (targets.isEmpty() || user == null || password == null) {
      throw new IllegalArgumentException(
          "need --target name=path[:bytes], --user (or KNOOPPUNT_ADMIN_USERNAME) and the password"
              + " in KNOOPPUNT_ADMIN_PASSWORD (or the variable named by --password-env)");
    }
    String basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));

    List<Worker> workers = new ArrayList<>();
    for (int w = 0; w < concurrency; w++) {
      workers.add(new Worker(base, basic, basicEveryRequest));
    }
    // Log in: one Basic request per worker, which also opens its connection.
    runAll(workers, w -> w.login(targets.getFirst()));
    List<Target> resolved = new ArrayList<>();
    for (Target t : targets) {
      long expected = t.expectedBytes() >= 0 ? t.expectedBytes() : workers.getFirst().probe(t);
      resolved.add(new Target(t.name(), t.path(), expected));
    }

    List<Stats> results = new ArrayList<>();
    for (Target t : resolved) {
      System.err.printf(
          Locale.ROOT, "%s: warm-up %d s, then %d s measured%n", t.name(), warmup, seconds);
      phase(workers, t, warmup, "warm-up");
      results.add(phase(workers, t, seconds, "measured"));
    }

    System.out.printf(
        Locale.ROOT,
        "%-8s %9s %7s %8s %8s %8s %8s %8s %9s %8s%n",
        "target",
        "bytes",
        "conc",
        "requests",
        "p50 ms",
        "p95 ms",
        "p99 ms",
        "mean ms",
        "req/s",
        "errors");
    for (Stats s : results) {
      System.out.printf(
          Locale.ROOT,
          "%-8s %9d %7d %8d %8.1f %8.1f %8.1f %8.1f %9.1f %8d%n",
          s.name(),
          s.bytes(),
          concurrency,
          s.requests(),
          s.p50(),
          s.p95(),
          s.p99(),
          s.mean(),
          s.requests() / s.seconds(),
          s.errors());
    }
    for (Stats s : results) {
      String n = s.name();
      metric(n + ".bytes", Long.toString(s.bytes()));
      metric(n + ".requests", Long.toString(s.requests()));
      metric(n + ".errors", Long.toString(s.errors()));
      metric(n + ".connection.close", Long.toString(s.closes()));
      metric(n + ".relogins", Long.toString(s.relogins()));
      metric(n + ".p50.ms", f(s.p50()));
      metric(n + ".p95.ms", f(s.p95()));
      metric(n + ".p99.ms", f(s.p99()));
      metric(n + ".mean.ms", f(s.mean()));
      metric(n + ".max.ms", f(s.max()));
      metric(n + ".per.second", f(s.requests() / s.seconds()));
    }
    if (results.size() >= 2) {
      Stats a = results.get(0);
      Stats b = results.get(1);
      metric("ratio.p50", String.format(Locale.ROOT, "%.1f", a.p50() / b.p50()));
      metric("ratio.p95", String.format(Locale.ROOT, "%.1f", a.p95() / b.p95()));
    }
    RELOGIN_FIRST.forEach((phase, first) ->
        System.err.printf(
            Locale.ROOT,
            "%s: the log-in cookie stopped working, the first time %.1f s into the phase;"
                + " the workers logged in again (not counted)%n",
            phase,
            first));
    long errors = ERROR_COUNTS.values().stream().mapToLong(AtomicLong::get).sum();
    if (errors > 0) {
      System.err.println(errors + " responses were not 200 with the expected length:");
      ERROR_COUNTS.forEach((kind, n) ->
          System.err.printf(
              Locale.ROOT,
              "  %d x %s, the first %.1f s into the phase%n",
              n.get(),
              kind,
              ERROR_FIRST.get(kind)));
      System.exit(1);
    }
  }

  /** {@code name=path} or {@code name=path:bytes}. */
  static Target target(String spec) {
    int eq = spec.indexOf('=');
    String name = spec.substring(0, eq);
    String path = spec.substring(eq + 1);
    long bytes = -1;
    int colon = path.lastIndexOf(':');
    if (colon > 0 && path.substring(colon + 1).matches("\\d+")) {
      bytes = Long.parseLong(path.substring(colon + 1));
      path = path.substring(0, colon);
    }
    return new Target(name, path, bytes);
  }

  /** All workers on one target for {@code seconds}; the latencies of requests started in it. */
  static Stats phase(List<Worker> workers, Target target, int seconds, String label)
      throws Exception {
    long start = System.nanoTime();
    long end = start + Duration.ofSeconds(seconds).toNanos();
    Map<Worker, long[]> latencies = new ConcurrentHashMap<>();
    AtomicLong errors = new AtomicLong();
    AtomicLong closes = new AtomicLong();
    AtomicLong relogins = new AtomicLong();
    runAll(
        workers,
        w -> latencies.put(w, w.loop(target, label, start, end, errors, closes, relogins)));
    double elapsed = (System.nanoTime() - start) / 1e9;
    long[] all = latencies.values().stream().flatMapToLong(Arrays::stream).sorted().toArray();
    double mean = Arrays.stream(all).average().orElse(0) / 1e6;
    double max = all.length == 0 ? 0 : all[all.length - 1] / 1e6;
    return new Stats(
        target.name(),
        all.length,
        errors.get(),
        closes.get(),
        relogins.get(),
        elapsed,
        percentile(all, 50),
        percentile(all, 95),
        percentile(all, 99),
        mean,
        max,
        target.expectedBytes());
  }

  interface WorkerTask {
    void run(Worker w) throws Exception;
  }

  static void runAll(List<Worker> workers, WorkerTask task) throws Exception {
    CountDownLatch done = new CountDownLatch(workers.size());
    List<Throwable> failures = new ArrayList<>();
    for (Worker w : workers) {
      Thread.ofPlatform()
          .start(() -> {
            try {
              task.run(w);
            } catch (Throwable e) {
              synchronized (failures) {
                failures.add(e);
              }
            } finally {
              done.countDown();
            }
          });
    }
    done.await();
    if (!failures.isEmpty()) {
      throw new IllegalStateException("a worker failed", failures.getFirst());
    }
  }

  /** Nearest-rank percentile, in milliseconds. */
  static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
  }

  static String f(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  static void metric(String name, String value) {
    System.out.println(name + "=" + value);
  }

  /** One connection, one cookie jar, one request at a time. */
  static final class Worker {
    private final HttpClient client;
    private final String base;
    private final String basic;
    private final boolean basicEveryRequest;

    Worker(String base, String basic, boolean basicEveryRequest) {
      this.base = base;
      this.basic = basic;
      this.basicEveryRequest = basicEveryRequest;
      this.client =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .cookieHandler(new CookieManager())
              .connectTimeout(Duration.ofSeconds(10))
              .build();
    }

    HttpRequest request(Target t, boolean withBasic) {
      HttpRequest.Builder b =
          HttpRequest.newBuilder(URI.create(base + t.path()))
              .timeout(Duration.ofSeconds(120))
              .header("Accept", "application/json");
      if (withBasic || basicEveryRequest) {
        b.header("Authorization", basic);
      }
      return b.GET().build();
    }

    /**
     * Logs in like a browser, with the log-in form (the log-in then lives in the HTTP session),
     * and checks the target answers; with {@code --auth basic}, one Basic request instead.
     */
    void login(Target t) throws Exception {
      if (!basicEveryRequest) {
        String[] user =
            new String(
                    java.util.Base64.getDecoder().decode(basic.substring("Basic ".length())),
                    java.nio.charset.StandardCharsets.UTF_8)
                .split(":", 2);
        HttpResponse<String> page =
            client.send(
                HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        var state =
            java.util.regex.Pattern.compile(
                    "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(page.body());
        if (!state.find()) {
          throw new IllegalStateException("no log-in form at " + base + "/login.xhtml");
        }
        String form =
            "login_SUBMIT=1&login%3Ausername="
                + java.net.URLEncoder.encode(user[0], java.nio.charset.StandardCharsets.UTF_8)
                + "&login%3Apassword="
                + java.net.URLEncoder.encode(user[1], java.nio.charset.StandardCharsets.UTF_8)
                + "&login%3Asubmit=&jakarta.faces.ViewState="
                + java.net.URLEncoder.encode(state.group(1), java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> posted =
            client.send(
                HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (posted.statusCode() != 302) {
          throw new IllegalStateException("log-in form answered " + posted.statusCode());
        }
      }
      HttpResponse<byte[]> r =
          client.send(request(t, basicEveryRequest), HttpResponse.BodyHandlers.ofByteArray());
      if (r.statusCode() != 200) {
        throw new IllegalStateException(
            "log-in request answered " + r.statusCode() + " for " + t.path());
      }
    }

    /** The log-in page (a page request) or a 401 (the API): the cookie no longer logs in. */
    static boolean loggedOut(HttpResponse<?> r) {
      return r.statusCode() == 401
          || (r.statusCode() == 302
              && r.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"));
    }

    long probe(Target t) throws Exception {
      HttpResponse<byte[]> r =
          client.send(request(t, false), HttpResponse.BodyHandlers.ofByteArray());
      if (r.statusCode() != 200) {
        throw new IllegalStateException(t.path() + " answered " + r.statusCode());
      }
      return r.body().length;
    }

    long[] loop(
        Target t,
        String label,
        long phaseStart,
        long end,
        AtomicLong errors,
        AtomicLong closes,
        AtomicLong relogins)
        throws Exception {
      HttpRequest request = request(t, false);
      long[] out = new long[1024];
      int n = 0;
      while (System.nanoTime() < end) {
        long start = System.nanoTime();
        HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        long took = System.nanoTime() - start;
        if (loggedOut(r)) {
          // Liberty forgot the log-in (see the class comment): log in again, do not count it.
          relogins.incrementAndGet();
          RELOGIN_FIRST.merge(t.name() + " (" + label + ")", (start - phaseStart) / 1e9, Math::min);
          login(t);
          continue;
        }
        if (r.statusCode() != 200 || r.body().length != t.expectedBytes()) {
          errors.incrementAndGet();
          String kind =
              String.format(
                  Locale.ROOT,
                  "%s (%s): HTTP %d, %d bytes%s",
                  t.name(),
                  label,
                  r.statusCode(),
                  r.body().length,
                  r.headers().firstValue("Location").map(l -> ", to " + l).orElse(""));
          ERROR_COUNTS.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
          ERROR_FIRST.merge(kind, (start - phaseStart) / 1e9, Math::min);
        }
        if (r.headers()
            .firstValue("Connection")
            .map(v -> v.equalsIgnoreCase("close"))
            .orElse(false)) {
          closes.incrementAndGet();
        }
        if (n == out.length) {
          out = Arrays.copyOf(out, n * 2);
        }
        out[n++] = took;
      }
      return Arrays.copyOf(out, n);
    }
  }
}
