package org.knooppunt.exchange.hsds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knooppunt.account.Account;
import org.knooppunt.account.Role;
import org.knooppunt.exchange.CsvOrganisationReader;
import org.knooppunt.exchange.ImportJobService;
import org.knooppunt.exchange.ImportJobService.Upload;
import org.knooppunt.exchange.ImportReader;
import org.knooppunt.exchange.TestImports;
import org.knooppunt.exchange.XlsxOrganisationReader;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.neo4j.TestGraph;

/**
 * An HSDS datapackage uploaded as loose files (several files at once) is read exactly as the same
 * files zipped: the same counts and problems for the official 3.0 examples and the 1.1 sample, the
 * same warning for a table {@code datapackage.json} names but the package lacks; several files
 * without {@code datapackage.json}, clashing or bad names and uploads over the caps are refused
 * with nothing kept; names with folders ({@code ../}) are reduced to their base name.
 */
class LoosePackageTest {

  private static final Account ADMIN =
      new Account("a", "admin", "Admin", Set.of(Role.ADMIN), "nl", null, null, List.of());

  @TempDir Path tmp;

  private Path jobs;
  private ImportJobService service;

  @BeforeEach
  void setUp() {
    TestGraph.wipe();
    jobs = tmp.resolve("jobs");
    service =
        TestImports.service(
            jobs,
            new CsvOrganisationReader(),
            new XlsxOrganisationReader(),
            new HsdsJsonReader(),
            new HsdsDatapackageReader());
  }

  /** Every file of {@code dir} as an upload, its name passed through {@code rename}. */
  private static List<Upload> loose(Path dir, UnaryOperator<String> rename) throws IOException {
    List<Upload> uploads = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        if (!name.endsWith(".txt") && !name.endsWith(".md")) {
          uploads.add(new Upload(rename.apply(name), Files.newInputStream(f)));
        }
      }
    }
    return uploads;
  }

  private static List<Upload> loose(Path dir) throws IOException {
    return loose(dir, n -> n);
  }

  private static List<Upload> without(List<Upload> uploads, String name) {
    return uploads.stream().filter(u -> !u.fileName().equals(name)).toList();
  }

  private Path zip(Path dir, String leaveOut) throws IOException {
    Path zip = Files.createTempFile(tmp, "pkg", ".zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip));
        Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        if (!f.getFileName().toString().equals(leaveOut)) {
          out.putNextEntry(new ZipEntry(f.getFileName().toString()));
          Files.copy(f, out);
          out.closeEntry();
        }
      }
    }
    return zip;
  }

  private ImportJobService.Preview zipped(Path dir, String leaveOut) throws IOException {
    try (InputStream in = Files.newInputStream(zip(dir, leaveOut))) {
      return service.preview(ADMIN, "package.zip", in, Map.of(), Locale.ENGLISH);
    }
  }

  private ImportJobService.Preview preview(List<Upload> uploads) {
    return service.preview(ADMIN, uploads, Map.of(), Locale.ENGLISH);
  }

  private static List<String> keysAndArgs(ImportJobService.Preview p) {
    return p.problems().stream().map(x -> x.key() + " " + x.line() + " " + x.message()).toList();
  }

  private long jobsKept() {
    return HsdsImportTest.count("MATCH (j:ImportJob) RETURN count(j)");
  }

  private long filesKept() throws IOException {
    if (!Files.exists(jobs)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(jobs)) {
      return files.count();
    }
  }

  private DomainException refused(List<Upload> uploads) {
    return assertThrows(DomainException.class, () -> preview(uploads));
  }

  @Test
  void officialExamplesSentLooseImportLikeTheZip() throws IOException {
    Path csv = HsdsReaderTest.resource("3.0/csv");
    var zipped = zipped(csv, null);
    long kept = filesKept();

    List<Upload> uploads = loose(csv);
    var preview = preview(uploads);

    assertEquals("hsds-datapackage", preview.format());
    assertEquals(LoosePackage.DESCRIPTOR, preview.fileName());
    assertEquals(uploads.size(), preview.files(), "how many files came with datapackage.json");
    assertFalse(preview.fileRejected());
    assertEquals(zipped.rows(), preview.rows());
    assertEquals(1, preview.rows());
    assertEquals(zipped.wouldCreate(), preview.wouldCreate());
    assertEquals(zipped.rejected(), preview.rejected());
    assertEquals(keysAndArgs(zipped), keysAndArgs(preview));

    var job = service.start(ADMIN, preview.jobId(), Locale.ENGLISH);
    assertEquals("done", job.status());
    assertEquals(uploads.size(), job.files());
    assertEquals(1, job.created());
    assertEquals(0, job.rejected());
    assertEquals(
        1,
        HsdsImportTest.count(
            """
            MATCH (o:Organisation {importKey: 'hsds:' + $org, importedFrom: 'datapackage.json'})
                  -[:HAS_BRANCH]->(b:Branch {importKey: 'hsds:location:' + $location})
            MATCH (o)-[:OFFERS]->(s:Service {importKey: 'hsds:service:' + $service})-[:AT]->(b)
            WHERE o.importJob = $job AND b.importJob = $job AND s.importJob = $job
            RETURN count(*)
            """,
            Map.of(
                "org",
                HsdsImportTest.ORG,
                "location",
                HsdsImportTest.LOCATION,
                "service",
                HsdsImportTest.SERVICE,
                "job",
                job.id())));
    assertEquals(kept, filesKept(), "the packed upload is removed when its job ends");

    var again = service.start(ADMIN, preview(loose(csv)).jobId(), Locale.ENGLISH);
    assertEquals(0, again.created());
    assertEquals(1, again.unchanged());
  }

  @Test
  void aCsvThatDatapackageJsonNamesButIsMissingIsAWarningAsInTheZip() throws IOException {
    Path csv = HsdsReaderTest.resource("3.0/csv");
    var zipped = zipped(csv, "services.csv");

    var preview = preview(without(loose(csv), "services.csv"));

    assertFalse(preview.fileRejected());
    List<ImportJobService.Problem> missing =
        preview.problems().stream()
            .filter(p -> p.key().equals(HsdsDatapackageReader.MISSING_TABLE_KEY))
            .toList();
    assertEquals(1, missing.size(), keys(preview).toString());
    assertEquals(0, missing.getFirst().line());
    assertTrue(missing.getFirst().message().contains("services.csv"), missing.toString());
    assertTrue(ImportReader.isWarning(HsdsDatapackageReader.MISSING_TABLE_KEY));
    assertEquals(keysAndArgs(zipped), keysAndArgs(preview));

    var job = service.start(ADMIN, preview.jobId(), Locale.ENGLISH);
    assertEquals("done", job.status());
    assertEquals(1, job.created());
    assertEquals(0, HsdsImportTest.count("MATCH (s:Service) RETURN count(s)"), "no services.csv");
  }

  private static List<String> keys(ImportJobService.Preview p) {
    return p.problems().stream().map(x -> x.key() + " " + x.line()).toList();
  }

  @Test
  void severalFilesWithoutDatapackageJsonAreRefusedAndNothingIsKept() throws IOException {
    Path csv = HsdsReaderTest.resource("3.0/csv");

    var e = refused(without(loose(csv), "datapackage.json"));

    assertEquals(DomainException.Kind.INVALID, e.kind());
    assertTrue(
        e.fieldErrors().getFirst().message().contains("datapackage.json"),
        e.fieldErrors().getFirst().message());
    var nl =
        assertThrows(
            DomainException.class,
            () ->
                service.preview(
                    ADMIN,
                    List.of(upload("a.csv", "id,name\n"), upload("b.csv", "id,name\n")),
                    Map.of(),
                    Locale.forLanguageTag("nl")));
    assertTrue(
        nl.fieldErrors().getFirst().message().contains("meerdere bestanden"),
        nl.fieldErrors().getFirst().message());
    assertEquals(0, jobsKept());
    assertEquals(0, filesKept());
  }

  @Test
  void pathsInFileNamesAreReducedToTheBaseName() throws IOException {
    Path csv = HsdsReaderTest.resource("3.0/csv");
    List<String> tricks =
        List.of("../../", "..\\..\\", "/etc/", "C:\\Users\\x\\", "pkg/../../", "./");
    int[] i = {0};

    var preview = preview(loose(csv, n -> tricks.get(i[0]++ % tricks.size()) + n));

    assertFalse(preview.fileRejected(), keys(preview).toString());
    assertEquals(1, preview.wouldCreate());
    assertEquals(keysAndArgs(zipped(csv, null)), keysAndArgs(preview));
    try (Stream<Path> around = Files.walk(tmp)) {
      assertEquals(
          List.of(),
          around.filter(p -> p.getFileName().toString().endsWith(".csv")).toList(),
          "no uploaded file lands anywhere under its own name");
    }
    for (String bad : List.of("..", "a/..", "x..csv", "   ", "\u0000")) {
      var e =
          refused(
              List.of(
                  upload("datapackage.json", HsdsReaderTest.DATAPACKAGE_3), upload(bad, "id\n")));
      assertEquals(DomainException.Kind.INVALID, e.kind(), bad);
    }
    assertEquals(2, jobsKept(), "only the good upload and its zipped twin made a job");
  }

  @Test
  void twoFilesOfOneNameAreRefused() {
    var e =
        refused(
            List.of(
                upload("datapackage.json", HsdsReaderTest.DATAPACKAGE_3),
                upload("a/organizations.csv", "id,name\n"),
                upload("b/organizations.csv", "id,name\n")));
    assertTrue(
        e.fieldErrors().getFirst().message().contains("organizations.csv"),
        e.fieldErrors().getFirst().message());
  }

  @Test
  void hsds11SentLooseIsRefusedWithTheSameReasonAsZipped() throws IOException {
    Path old = HsdsReaderTest.resource("1.1");
    var zipped = zipped(old, "README_upstream.md");

    var preview = preview(loose(old));

    assertTrue(preview.fileRejected());
    assertEquals(HsdsDatapackageReader.VERSION_KEY, preview.problems().getFirst().key());
    assertTrue(
        preview.problems().getFirst().message().contains("physical_addresses.csv"),
        preview.problems().getFirst().message());
    assertEquals(keysAndArgs(zipped), keysAndArgs(preview));
    assertEquals(
        0,
        HsdsImportTest.count(
            "MATCH (n) WHERE n:Organisation OR n:Branch OR n:Service RETURN count(n)"));
  }

  @Test
  void theCapsOfOneUploadHoldForLooseFiles() throws IOException {
    long max = CsvOrganisationReader.MAX_BYTES;
    var each =
        refused(
            List.of(
                upload("datapackage.json", HsdsReaderTest.DATAPACKAGE_3),
                new Upload("organizations.csv", zeros(max + 1))));
    assertTrue(each.fieldErrors().getFirst().message().contains("20 MB"));

    var together =
        refused(
            List.of(
                upload("datapackage.json", HsdsReaderTest.DATAPACKAGE_3),
                new Upload("organizations.csv", zeros(max / 2 + 1)),
                new Upload("services.csv", zeros(max / 2 + 1))));
    assertTrue(
        together.fieldErrors().getFirst().message().startsWith("Together"),
        together.fieldErrors().getFirst().message());

    List<Upload> many = new ArrayList<>();
    many.add(upload("datapackage.json", HsdsReaderTest.DATAPACKAGE_3));
    for (int i = 0; i < LoosePackage.MAX_FILES; i++) {
      many.add(upload("x" + i + ".txt", "x"));
    }
    var tooMany = refused(many);
    assertTrue(
        tooMany.fieldErrors().getFirst().message().contains("1,000"),
        tooMany.fieldErrors().getFirst().message());

    assertEquals(0, jobsKept());
    assertEquals(0, filesKept());
  }

  @Test
  void oneFileIsReadAsBefore() {
    var preview =
        preview(List.of(upload("../lijst.csv", "id,name,municipality\nr1,Huis van Taal,GM0344\n")));
    assertEquals("csv", preview.format());
    assertEquals("lijst.csv", preview.fileName());
    assertEquals(1, preview.files());
    assertEquals(1, preview.wouldCreate());
  }

  private static Upload upload(String name, String text) {
    return new Upload(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** {@code n} zero bytes, made while read. */
  private static InputStream zeros(long n) {
    return new InputStream() {
      private long left = n;

      @Override
      public int read() {
        return left-- > 0 ? 0 : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (left <= 0) {
          return -1;
        }
        int k = (int) Math.min(len, left);
        java.util.Arrays.fill(b, off, off + k, (byte) 0);
        left -= k;
        return k;
      }
    };
  }
}
