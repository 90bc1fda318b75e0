package org.knooppunt.exchange;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.knooppunt.account.Account;
import org.knooppunt.account.Role;
import org.knooppunt.exchange.ImportPlan.Change;
import org.knooppunt.exchange.ImportRepository.Provenance;
import org.knooppunt.exchange.ImportSet.RowProblem;
import org.knooppunt.exchange.hsds.LoosePackage;
import org.knooppunt.platform.audit.AuditLog;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.neo4j.Graph;

/**
 * The import as the user sees it: upload a file and get a preview (a dry run: the plan's problems
 * and counts, nothing written), start it, follow its progress, cancel it. Each upload is one {@code
 * ImportJob} node, so progress and the report survive a reload and a restart; the write runs in the
 * background on the container's managed executor. The uploaded file is kept in a temporary
 * directory only until its job ends. At start-up a job left running by a stopped server is marked
 * {@code interrupted}: its finished batches stay, and importing the same file again completes it.
 */
@ApplicationScoped
public class ImportJobService {

  /** At most this many refused rows are kept on a job for its report. */
  static final int MAX_REPORTED = 200;

  private final Graph graph;
  private final ImportRepository repository;
  private final ImportPlanner planner;
  private final ImportWriter writer;
  private final List<ImportReader> readers;
  private final AuditLog audit;
  private final Path tempDir;
  private Executor executor;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService managed;

  /**
   * What the job needs to run: its file, name, the name its reader is chosen by ({@code readAs}:
   * the name itself, or {@link LoosePackage#READ_AS} for loose files packed into one), mapping and
   * who uploaded it.
   */
  private record Pending(
      Path file,
      String name,
      int files,
      String readAs,
      Map<String, OrganisationColumn> mapping,
      Account actor,
      boolean startable) {
    Pending(
        Path file,
        String name,
        int files,
        String readAs,
        Map<String, OrganisationColumn> mapping,
        Account actor) {
      this(file, name, files, readAs, mapping, actor, false);
    }
  }

  /** One uploaded file: the name the client sent (any path in it is dropped) and its content. */
  public record Upload(String fileName, InputStream content) {}

  private final Map<String, Pending> pending = new ConcurrentHashMap<>();

  @Inject
  public ImportJobService(
      Graph graph,
      ImportRepository repository,
      ImportPlanner planner,
      ImportWriter writer,
      @Any Instance<ImportReader> readers,
      AuditLog audit) {
    this(graph, repository, planner, writer, readers.stream().toList(), audit, null, null);
  }

  public ImportJobService(
      Graph graph,
      ImportRepository repository,
      ImportPlanner planner,
      ImportWriter writer,
      List<ImportReader> readers,
      Executor executor,
      Path tempDir) {
    this(graph, repository, planner, writer, readers, new AuditLog(), executor, tempDir);
  }

  public ImportJobService(
      Graph graph,
      ImportRepository repository,
      ImportPlanner planner,
      ImportWriter writer,
      List<ImportReader> readers,
      AuditLog audit,
      Executor executor,
      Path tempDir) {
    this.graph = graph;
    this.repository = repository;
    this.planner = planner;
    this.writer = writer;
    this.readers = readers == null ? List.of() : List.copyOf(readers);
    this.audit = audit;
    this.executor = executor;
    this.tempDir = tempDir;
  }

  protected ImportJobService() {
    this(null, null, null, null, List.of(), null, null);
  }

  /** One problem in the user's language. */
  public record Problem(int line, String column, String key, String message) {}

  /** A header of the file and the column it was matched to (null: not recognised). */
  public record Header(String header, String column) {}

  /** A row of the preview: what it would do. */
  public record PreviewRow(int line, String name, String municipality, String change) {}

  /**
   * The dry run's answer; {@code files} is how many files came in the upload (a loose HSDS
   * datapackage: {@code fileName} is its {@code datapackage.json}).
   */
  public record Preview(
      String jobId,
      String fileName,
      int files,
      String format,
      boolean fileRejected,
      int rows,
      long wouldCreate,
      long wouldUpdate,
      long unchanged,
      int rejected,
      List<Header> headers,
      List<Problem> problems,
      List<PreviewRow> firstRows) {}

  /** A job's progress and report; {@code files} as in {@link Preview}. */
  public record Job(
      String id,
      String status,
      String fileName,
      long files,
      String user,
      long totalRows,
      long rowsDone,
      long batchesTotal,
      long batchesDone,
      long created,
      long updated,
      long unchanged,
      long rejected,
      long wouldCreate,
      long wouldUpdate,
      long wouldUnchanged,
      int percent,
      String createdAt,
      String startedAt,
      String finishedAt,
      List<Problem> rejectedRows) {
    public boolean finished() {
      return List.of("done", "cancelled", "failed", "interrupted").contains(status);
    }
  }

  public static boolean mayImport(Account actor) {
    return actor != null
        && (actor.has(Role.ADMIN) || actor.has(Role.LIBRARIAN) || actor.has(Role.POLICY));
  }

  /**
   * Reads {@code in} (at most {@link CsvOrganisationReader#MAX_BYTES} bytes: a bigger upload is
   * refused without being read further), plans it for {@code actor} and keeps it as a job in
   * preview; {@code mapping} maps unrecognised headers (lower case) to columns. A file of no known
   * format is refused and not kept.
   */
  public Preview preview(
      Account actor,
      String fileName,
      InputStream in,
      Map<String, OrganisationColumn> mapping,
      Locale locale) {
    if (!mayImport(actor)) {
      throw DomainException.forbidden(locale);
    }
    String name = cleanName(fileName);
    Path file;
    try {
      file = Files.createTempFile(tempDir(), "import-", ".upload");
      long size = copyCapped(in, file);
      if (size > CsvOrganisationReader.MAX_BYTES) {
        Files.deleteIfExists(file);
        throw tooLarge(locale);
      }
    } catch (IOException e) {
      throw DomainException.invalid(
          locale, "file", Messages.get(locale, "exchange.problem.unreadable"));
    }
    return plan(
        actor,
        new Pending(file, name, 1, name, mapping == null ? Map.of() : mapping, actor),
        locale);
  }

  /**
   * The dry run of one upload of one or more files. One file is {@link #preview(Account, String,
   * InputStream, Map, Locale)}. Several files are one HSDS datapackage, read as if zipped: one of
   * them must be {@code datapackage.json}; names are reduced to their base name; the caps of one
   * upload ({@link CsvOrganisationReader#MAX_BYTES} per file and for all together) and of a zip's
   * file count hold. A refusal keeps nothing. The streams are closed.
   */
  public Preview preview(
      Account actor, List<Upload> files, Map<String, OrganisationColumn> mapping, Locale locale) {
    try {
      if (!mayImport(actor)) {
        throw DomainException.forbidden(locale);
      }
      if (files == null || files.isEmpty()) {
        throw DomainException.invalid(
            locale, "file", Messages.get(locale, "exchange.import.noFile"));
      }
      if (files.size() == 1) {
        return preview(
            actor, files.getFirst().fileName(), files.getFirst().content(), mapping, locale);
      }
      List<LoosePackage.File> loose = new ArrayList<>();
      for (Upload f : files) {
        loose.add(new LoosePackage.File(f.fileName(), f.content()));
      }
      Path zip;
      try {
        zip = LoosePackage.pack(loose, tempDir(), CsvOrganisationReader.MAX_BYTES, locale);
      } catch (IOException e) {
        throw DomainException.invalid(
            locale, "file", Messages.get(locale, "exchange.problem.unreadable"));
      }
      return plan(
          actor,
          new Pending(
              zip,
              LoosePackage.DESCRIPTOR,
              files.size(),
              LoosePackage.READ_AS,
              mapping == null ? Map.of() : mapping,
              actor),
          locale);
    } finally {
      if (files != null) {
        files.forEach(f -> close(f.content()));
      }
    }
  }

  private static void close(InputStream in) {
    try {
      if (in != null) {
        in.close();
      }
    } catch (IOException e) {
      // The upload was read (or refused) already; a failed close loses nothing.
    }
  }

  /**
   * The dry run of a file previewed before, read again with other column choices ({@code mapping});
   * the earlier preview can no longer be started, the new one can.
   */
  public Preview remap(
      Account actor, String jobId, Map<String, OrganisationColumn> mapping, Locale locale) {
    get(actor, jobId, locale);
    Pending earlier = pending.remove(jobId);
    if (earlier == null) {
      throw DomainException.invalid(locale, "file", Messages.get(locale, "exchange.import.noFile"));
    }
    return plan(
        actor,
        new Pending(
            earlier.file(),
            earlier.name(),
            earlier.files(),
            earlier.readAs(),
            mapping == null ? Map.of() : mapping,
            actor),
        locale);
  }

  /** The refusal of a file over {@link CsvOrganisationReader#MAX_BYTES}, in {@code locale}. */
  public static DomainException tooLarge(Locale locale) {
    return DomainException.invalid(
        locale,
        "file",
        Messages.get(
            locale, "exchange.problem.tooLarge", CsvOrganisationReader.MAX_BYTES / (1024 * 1024)));
  }

  private Preview plan(Account actor, Pending upload, Locale locale) {
    Path file = upload.file();
    String name = upload.name();
    Map<String, OrganisationColumn> map = Map.copyOf(upload.mapping());
    ImportSet set;
    try {
      set = read(name, upload.readAs(), file, map, locale);
    } catch (RuntimeException e) {
      delete(file);
      throw e;
    }
    ImportPlan plan = planner.plan(actor, set);
    String id = UUID.randomUUID().toString();
    List<String> rejectedRows = stored(plan.problems());
    Map<String, Object> p = new HashMap<>();
    p.put("id", id);
    p.put("file", name);
    p.put("files", upload.files());
    p.put("format", set.format());
    p.put("actor", actor.username());
    p.put("total", set.organisations().size());
    p.put("rejected", plan.rejectedRows());
    p.put("rejectedRows", rejectedRows);
    p.put("wouldCreate", plan.count(Change.CREATE));
    p.put("wouldUpdate", plan.count(Change.UPDATE));
    p.put("wouldUnchanged", plan.count(Change.UNCHANGED));
    graph.write(tx -> {
      repository.createJob(tx, p);
      return null;
    });
    // Kept even when nothing can be imported yet: other column choices may make it importable.
    pending.put(
        id,
        new Pending(
            file,
            name,
            upload.files(),
            upload.readAs(),
            map,
            actor,
            !plan.fileRejected() && !plan.organisations().isEmpty()));
    List<Problem> problems =
        plan.problems().stream().limit(1000).map(pr -> problem(pr, locale)).toList();
    List<PreviewRow> first =
        plan.organisations().stream()
            .limit(20)
            .map(o ->
                new PreviewRow(
                    o.line(),
                    (String) ((Map<?, ?>) o.row().get("props")).get("name"),
                    (String) o.row().get("municipality"),
                    o.change().name().toLowerCase(Locale.ROOT)))
            .toList();
    return new Preview(
        id,
        name,
        upload.files(),
        set.format(),
        plan.fileRejected(),
        set.organisations().size(),
        plan.count(Change.CREATE),
        plan.count(Change.UPDATE),
        plan.count(Change.UNCHANGED),
        plan.rejectedRows(),
        headers(file, set, map),
        problems,
        first);
  }

  /** Starts the import of a previewed file in the background; its uploader or an admin. */
  public Job start(Account actor, String jobId, Locale locale) {
    Job job = get(actor, jobId, locale);
    Pending p = pending.get(jobId);
    if (!"preview".equals(job.status()) || p == null || !p.startable()) {
      throw new DomainException(
          DomainException.Kind.CONFLICT, Messages.get(locale, "exchange.notStartable"));
    }
    boolean queued = graph.write(tx -> repository.queue(tx, jobId));
    if (!queued) {
      throw new DomainException(
          DomainException.Kind.CONFLICT, Messages.get(locale, "exchange.notStartable"));
    }
    executor().execute(() -> run(jobId, p, locale));
    return get(actor, jobId, locale);
  }

  /** Asks a job to stop after its current batch; finished batches stay. */
  public Job cancel(Account actor, String jobId, Locale locale) {
    get(actor, jobId, locale);
    String status = graph.write(tx -> repository.cancel(tx, jobId));
    if ("cancelled".equals(status)) {
      Pending p = pending.remove(jobId);
      if (p != null) {
        delete(p.file());
      }
    }
    return get(actor, jobId, locale);
  }

  /** A job, to its uploader and to admins; others get a 404 as for a job that does not exist. */
  public Job get(Account actor, String jobId, Locale locale) {
    if (actor == null) {
      throw DomainException.forbidden(locale);
    }
    Map<String, Object> j =
        jobId == null || jobId.length() > 64 ? null : graph.read(tx -> repository.job(tx, jobId));
    if (j == null || !(actor.has(Role.ADMIN) || actor.username().equals(j.get("user")))) {
      throw new DomainException(
          DomainException.Kind.NOT_FOUND, Messages.get(locale, "exchange.jobNotFound"));
    }
    long total = number(j, "batchesTotal");
    long done = number(j, "batchesDone");
    String status = (String) j.get("status");
    int percent =
        "done".equals(status) ? 100 : total == 0 ? 0 : (int) Math.min(100, done * 100 / total);
    List<Problem> rejected = new ArrayList<>();
    Object rows = j.get("rejectedRows");
    if (rows instanceof List<?> list) {
      for (Object o : list) {
        String[] parts = String.valueOf(o).split("\t", -1);
        Object[] args = java.util.Arrays.copyOfRange(parts, 3, parts.length);
        rejected.add(
            new Problem(
                Integer.parseInt(parts[0]),
                parts[1].isEmpty() ? null : parts[1],
                parts[2],
                Messages.get(locale, parts[2], args)));
      }
    }
    return new Job(
        jobId,
        status,
        (String) j.get("fileName"),
        Math.max(1, number(j, "files")),
        (String) j.get("user"),
        number(j, "totalRows"),
        number(j, "rowsDone"),
        total,
        done,
        number(j, "created"),
        number(j, "updated"),
        number(j, "unchanged"),
        number(j, "rejected"),
        number(j, "wouldCreate"),
        number(j, "wouldUpdate"),
        number(j, "wouldUnchanged"),
        percent,
        text(j.get("createdAt")),
        text(j.get("startedAt")),
        text(j.get("finishedAt")),
        rejected);
  }

  void onStart(
      @jakarta.enterprise.event.Observes
          @jakarta.enterprise.context.Initialized(ApplicationScoped.class)
          Object event) {
    interruptLeftovers();
  }

  /** Marks jobs that a stopped server left running as interrupted; their done batches stay. */
  public long interruptLeftovers() {
    return graph.write(repository::interruptRunning);
  }

  /** Runs a queued job: reads and plans the file again (the graph may have changed), writes. */
  void run(String jobId, Pending p, Locale locale) {
    try {
      ImportSet set = read(p.name(), p.readAs(), p.file(), p.mapping(), locale);
      ImportPlan plan = planner.plan(p.actor(), set);
      Map<String, Object> params = new HashMap<>();
      params.put("id", jobId);
      params.put("batches", ImportWriter.batches(plan));
      params.put("total", set.organisations().size());
      params.put("rejected", plan.rejectedRows());
      params.put("rejectedRows", stored(plan.problems()));
      params.put("unchanged", plan.count(Change.UNCHANGED));
      boolean started =
          graph.write(tx -> {
            boolean queued = repository.start(tx, params);
            if (queued) {
              audit.record(
                  tx,
                  p.actor().username(),
                  "import.started",
                  jobId,
                  "file=" + p.name() + " rows=" + set.organisations().size());
            }
            return queued;
          });
      if (!started) {
        return;
      }
      ImportWriter.Outcome outcome =
          writer.write(plan, new Provenance(p.actor().username(), p.name(), jobId), () -> false);
      finish(jobId, p, outcome == ImportWriter.Outcome.DONE ? "done" : "cancelled", null);
    } catch (RuntimeException e) {
      finish(jobId, p, "failed", e.getClass().getSimpleName());
    } finally {
      pending.remove(jobId);
      delete(p.file());
    }
  }

  /** Ends a job and records its end, with its counts, in the audit log; one transaction. */
  private void finish(String jobId, Pending p, String status, String failure) {
    graph.write(tx -> {
      repository.finish(tx, jobId, status, failure);
      Map<String, Object> found = repository.job(tx, jobId);
      Map<String, Object> j = found == null ? Map.of() : found;
      audit.record(
          tx,
          p.actor().username(),
          "import." + status,
          jobId,
          "created="
              + number(j, "created")
              + " updated="
              + number(j, "updated")
              + " unchanged="
              + number(j, "unchanged")
              + " refused="
              + number(j, "rejected")
              + (failure == null ? "" : " failure=" + failure));
      return null;
    });
  }

  private ImportSet read(
      String name,
      String readAs,
      Path file,
      Map<String, OrganisationColumn> mapping,
      Locale locale) {
    byte[] head = head(file);
    for (ImportReader reader : readers) {
      if (reader.accepts(readAs, head)) {
        return reader instanceof CsvOrganisationReader csv
            ? csv.read(name, file, mapping)
            : reader.read(name, file);
      }
    }
    throw DomainException.invalid(
        locale, "file", Messages.get(locale, "exchange.import.unknownType"));
  }

  private static List<Header> headers(
      Path file, ImportSet set, Map<String, OrganisationColumn> mapping) {
    if (!"csv".equals(set.format())) {
      return List.of();
    }
    List<Header> result = new ArrayList<>();
    for (String h : CsvOrganisationReader.headers(file)) {
      var column =
          OrganisationColumn.of(h)
              .or(() ->
                  java.util.Optional.ofNullable(mapping.get(h.strip().toLowerCase(Locale.ROOT))));
      result.add(new Header(h, column.map(OrganisationColumn::english).orElse(null)));
    }
    return result;
  }

  private static List<String> stored(List<RowProblem> problems) {
    List<String> rows = new ArrayList<>();
    for (RowProblem p : problems) {
      if (ImportReader.isWarning(p.key())) {
        continue;
      }
      if (rows.size() >= MAX_REPORTED) {
        break;
      }
      StringBuilder s = new StringBuilder();
      s.append(p.line())
          .append('\t')
          .append(p.column() == null ? "" : p.column())
          .append('\t')
          .append(p.key());
      p.args().forEach(a -> s.append('\t').append(a == null ? "" : a.replace('\t', ' ')));
      rows.add(s.toString());
    }
    return rows;
  }

  private static Problem problem(RowProblem p, Locale locale) {
    return new Problem(
        p.line(), p.column(), p.key(), Messages.get(locale, p.key(), p.args().toArray()));
  }

  private static long number(Map<String, Object> j, String key) {
    return j.get(key) instanceof Number n ? n.longValue() : 0;
  }

  private static String text(Object o) {
    return o == null ? null : o.toString();
  }

  private static String cleanName(String fileName) {
    if (fileName == null || fileName.isBlank()) {
      return "import.csv";
    }
    String n = fileName.replace('\\', '/');
    n = n.substring(n.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}<>{}`]", "").strip();
    return n.isEmpty() ? "import.csv" : n.length() > 200 ? n.substring(0, 200) : n;
  }

  private static long copyCapped(InputStream in, Path file) throws IOException {
    long total = 0;
    byte[] buffer = new byte[64 * 1024];
    try (InputStream source = in;
        var out = Files.newOutputStream(file)) {
      int n;
      while ((n = source.read(buffer)) > 0) {
        total += n;
        if (total > CsvOrganisationReader.MAX_BYTES) {
          return total;
        }
        out.write(buffer, 0, n);
      }
    }
    return total;
  }

  private static byte[] head(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(512);
    } catch (IOException e) {
      return new byte[0];
    }
  }

  private Path tempDir() throws IOException {
    Path dir =
        tempDir != null
            ? tempDir
            : Path.of(System.getProperty("java.io.tmpdir"), "knooppunt-import");
    Files.createDirectories(dir);
    return dir;
  }

  private Executor executor() {
    return executor != null ? executor : managed;
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // A temp file left behind is removed with the temp directory; nothing to report.
    }
  }

  /** For the page: the columns a header can be mapped to, in table order. */
  public static Map<String, String> columns() {
    Map<String, String> m = new LinkedHashMap<>();
    for (OrganisationColumn c : OrganisationColumn.values()) {
      m.put(c.english(), c.name());
    }
    return m;
  }
}
