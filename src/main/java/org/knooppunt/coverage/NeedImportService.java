package org.knooppunt.coverage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.knooppunt.account.Account;
import org.knooppunt.account.Role;
import org.knooppunt.platform.audit.AuditLog;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.domain.FieldError;
import org.knooppunt.platform.domain.SafeText;
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.neo4j.Graph;

/**
 * Imports need figures from CSV: the only write path of {@code HAS_NEED}. Every row is checked
 * before anything is written (municipality code, target group, count or share, year, source,
 * duplicates in the file, the policy cell's own regions); one bad row and nothing is written, and
 * the report names every bad row by its line. Otherwise one transaction merges all rows on
 * municipality + target group + year, so importing the same file twice changes nothing the second
 * time. Admins import for every municipality, policy cells for those of their regions.
 */
@ApplicationScoped
public class NeedImportService {

  static final int MAX_CHARS = 5_000_000;
  static final int MAX_ROWS = 20_000;
  static final int SOURCE_MAX = 200;
  private static final Pattern CODE = Pattern.compile("GM\\d{4}|\\d{5}");
  private static final Pattern GROUP = Pattern.compile("[a-z0-9-]{1,64}");
  private static final Pattern COUNT = Pattern.compile("\\d{1,9}");
  private static final Pattern SHARE = Pattern.compile("(0([.,]\\d{1,9})?|1([.,]0{1,9})?)");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  /** Accepted column names (Dutch or English, case-insensitive) per column. */
  private static final Map<String, String> COLUMNS =
      Map.ofEntries(
          Map.entry("municipality", "municipality"),
          Map.entry("gemeente", "municipality"),
          Map.entry("code", "municipality"),
          Map.entry("gemeentecode", "municipality"),
          Map.entry("targetgroup", "group"),
          Map.entry("target_group", "group"),
          Map.entry("target group", "group"),
          Map.entry("doelgroep", "group"),
          Map.entry("count", "count"),
          Map.entry("aantal", "count"),
          Map.entry("share", "share"),
          Map.entry("aandeel", "share"),
          Map.entry("year", "year"),
          Map.entry("jaar", "year"),
          Map.entry("source", "source"),
          Map.entry("bron", "source"));

  /** A bad row: its line in the file and what is wrong, in the user's language. */
  public record Problem(long line, String message) {}

  /** What an import did: rows read, figures created, changed and left as they were. */
  public record Result(int rows, long created, long changed, long unchanged) {}

  /** A checked row, ready to write. */
  record Row(
      long line,
      String municipality,
      String group,
      Long count,
      BigDecimal share,
      int year,
      String source) {}

  private final Graph graph;
  private final NeedRepository repository;
  private final AuditLog audit;
  private final Clock clock;

  @Inject
  public NeedImportService(Graph graph, NeedRepository repository, AuditLog audit, Clock clock) {
    this.graph = graph;
    this.repository = repository;
    this.audit = audit;
    this.clock = clock;
  }

  protected NeedImportService() {
    this(null, null, null, null);
  }

  /** Whether {@code who} may import need figures at all. */
  public static boolean mayImport(Account who) {
    return who != null && (who.has(Role.ADMIN) || who.has(Role.POLICY));
  }

  /**
   * Imports {@code csv}. Throws an invalid-input refusal whose {@code detail} is the list of {@link
   * Problem}s (and whose field errors name the lines) when any row is bad: then nothing is written.
   */
  public Result importCsv(Locale locale, Account who, String csv) {
    if (!mayImport(who)) {
      throw DomainException.forbidden(locale);
    }
    if (csv == null || csv.isBlank()) {
      throw fileProblem(locale, Messages.get(locale, "need.emptyFile"));
    }
    if (csv.length() > MAX_CHARS) {
      throw fileProblem(locale, Messages.get(locale, "need.tooLarge", MAX_CHARS / 1_000_000));
    }
    String text = csv.charAt(0) == '\uFEFF' ? csv.substring(1) : csv;
    List<Problem> problems = new ArrayList<>();
    List<Row> rows = parse(locale, text, LocalDate.now(clock).getYear() + 1, problems);
    Map<String, Long> seen = new HashMap<>();
    for (Row r : rows) {
      Long first = seen.putIfAbsent(r.municipality() + "|" + r.group() + "|" + r.year(), r.line());
      if (first != null) {
        problems.add(new Problem(r.line(), Messages.get(locale, "need.duplicate", first)));
      }
    }
    String now = OffsetDateTime.now(clock).toString();
    NeedRepository.Lookup known =
        graph.read(tx ->
            repository.known(
                tx,
                rows.stream().map(Row::municipality).distinct().toList(),
                rows.stream().map(Row::group).distinct().toList()));
    List<Map<String, Object>> params = new ArrayList<>();
    for (Row r : rows) {
      NeedRepository.Known m = known.municipalities().get(r.municipality());
      if (m == null) {
        problems.add(
            new Problem(
                r.line(), Messages.get(locale, "need.unknownMunicipality", r.municipality())));
      } else if (who.has(Role.POLICY)
          && !who.has(Role.ADMIN)
          && m.regions().stream().noneMatch(who.regionIds()::contains)) {
        problems.add(
            new Problem(r.line(), Messages.get(locale, "need.outsideRegions", r.municipality())));
      }
      if (!known.groups().contains(r.group())) {
        problems.add(new Problem(r.line(), Messages.get(locale, "need.unknownGroup", r.group())));
      }
      if (m != null) {
        long count =
            r.count() != null
                ? r.count()
                : r.share()
                    .multiply(BigDecimal.valueOf(m.population()))
                    .setScale(0, RoundingMode.HALF_UP)
                    .longValueExact();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("municipality", r.municipality());
        p.put("group", r.group());
        p.put("count", count);
        p.put("year", r.year());
        p.put("source", r.source());
        params.add(p);
      }
    }
    if (!problems.isEmpty()) {
      throw refused(locale, problems);
    }
    return graph.write(tx -> {
      NeedRepository.Written written = repository.write(tx, params, who.username(), now);
      audit.record(
          tx,
          who.username(),
          "need.imported",
          null,
          rows.size() + " rows, " + written.created() + " new, " + written.changed() + " changed");
      return new Result(
          rows.size(),
          written.created(),
          written.changed(),
          rows.size() - written.created() - written.changed());
    });
  }

  /**
   * Reads the rows; problems of single fields go to {@code problems}, those rows are dropped. A
   * problem with the file as a whole is an invalid-input refusal. Package-visible for the fuzz
   * test.
   */
  static List<Row> parse(Locale locale, String text, int latestYear, List<Problem> problems) {
    String header = text.lines().findFirst().orElse("");
    char delimiter =
        header.chars().filter(c -> c == ';').count() > header.chars().filter(c -> c == ',').count()
            ? ';'
            : ',';
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(delimiter)
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true)
            .setIgnoreEmptyLines(true)
            .setAllowMissingColumnNames(true)
            .get();
    List<Row> rows = new ArrayList<>();
    try (CSVParser parser = format.parse(new StringReader(text))) {
      Map<String, String> columns = columns(locale, parser.getHeaderNames());
      for (CSVRecord record : parser) {
        if (rows.size() + problems.size() >= MAX_ROWS) {
          throw fileProblem(locale, Messages.get(locale, "need.tooManyRows", MAX_ROWS));
        }
        long line = record.getRecordNumber() + 1;
        Row row = row(locale, record, columns, line, latestYear, problems);
        if (row != null) {
          rows.add(row);
        }
      }
    } catch (IOException
        | IllegalArgumentException
        | IllegalStateException
        | UncheckedIOException e) {
      // Reading a string fails only on what the file says: an unclosed quote, a repeated header.
      throw fileProblem(locale, Messages.get(locale, "need.unreadable"));
    }
    return rows;
  }

  /** Our column name per header of the file; refuses a file without the columns it needs. */
  private static Map<String, String> columns(Locale locale, List<String> headers) {
    Map<String, String> columns = new HashMap<>();
    for (String h : headers) {
      String ours = COLUMNS.get(h.strip().toLowerCase(Locale.ROOT));
      if (ours != null) {
        columns.put(ours, h);
      }
    }
    boolean complete =
        columns.keySet().containsAll(List.of("municipality", "group", "year", "source"))
            && (columns.containsKey("count") || columns.containsKey("share"));
    if (!complete) {
      throw fileProblem(locale, Messages.get(locale, "need.columns"));
    }
    return columns;
  }

  private static Row row(
      Locale locale,
      CSVRecord record,
      Map<String, String> columns,
      long line,
      int latest,
      List<Problem> problems) {
    int before = problems.size();
    String code = value(record, columns, "municipality").toUpperCase(Locale.ROOT);
    String group = value(record, columns, "group").toLowerCase(Locale.ROOT);
    String count = value(record, columns, "count");
    String share = value(record, columns, "share");
    String year = value(record, columns, "year");
    String source = value(record, columns, "source");
    if (!CODE.matcher(code).matches()) {
      problems.add(new Problem(line, Messages.get(locale, "need.unknownMunicipality", code)));
    }
    if (!GROUP.matcher(group).matches()) {
      problems.add(new Problem(line, Messages.get(locale, "need.unknownGroup", group)));
    }
    Long countValue = null;
    BigDecimal shareValue = null;
    if (count.isEmpty() == share.isEmpty()) {
      problems.add(new Problem(line, Messages.get(locale, "need.countOrShare")));
    } else if (!count.isEmpty()) {
      if (COUNT.matcher(count).matches()) {
        countValue = Long.parseLong(count);
      } else {
        problems.add(new Problem(line, Messages.get(locale, "need.badNumber", count)));
      }
    } else if (SHARE.matcher(share).matches()) {
      shareValue = new BigDecimal(share.replace(',', '.'));
    } else {
      problems.add(new Problem(line, Messages.get(locale, "need.badShare", share)));
    }
    int yearValue = 0;
    if (YEAR.matcher(year).matches()
        && Integer.parseInt(year) >= 1900
        && Integer.parseInt(year) <= latest) {
      yearValue = Integer.parseInt(year);
    } else {
      problems.add(new Problem(line, Messages.get(locale, "need.badYear", year, latest)));
    }
    if (source.isEmpty()
        || source.length() > SOURCE_MAX
        || !SafeText.Validator.safe(source)
        || source.contains("\n")
        || source.contains("\r")) {
      problems.add(new Problem(line, Messages.get(locale, "need.badSource", SOURCE_MAX)));
    }
    if (problems.size() > before) {
      return null;
    }
    return new Row(line, code, group, countValue, shareValue, yearValue, source);
  }

  private static String value(CSVRecord record, Map<String, String> columns, String column) {
    String header = columns.get(column);
    if (header == null || !record.isSet(header)) {
      return "";
    }
    String v = record.get(header);
    return v == null ? "" : v.strip();
  }

  private static DomainException fileProblem(Locale locale, String message) {
    return refused(locale, List.of(new Problem(1, message)));
  }

  private static DomainException refused(Locale locale, List<Problem> problems) {
    List<Problem> sorted =
        problems.stream().sorted(java.util.Comparator.comparingLong(Problem::line)).toList();
    return new DomainException(
        DomainException.Kind.INVALID,
        Messages.get(locale, "need.refused", sorted.size()),
        sorted.stream()
            .map(p -> new FieldError(Messages.get(locale, "need.line", p.line()), p.message()))
            .toList(),
        sorted);
  }
}
