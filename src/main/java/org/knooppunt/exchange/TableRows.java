package org.knooppunt.exchange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.knooppunt.exchange.ImportSet.MembershipRow;
import org.knooppunt.exchange.ImportSet.OrganisationRow;
import org.knooppunt.exchange.ImportSet.RelationRow;
import org.knooppunt.exchange.ImportSet.RowProblem;

/**
 * The canonical organisation table read row by row, whatever the file it comes from (CSV, the first
 * sheet of an Excel workbook): a reader hands over the header cells and then each row's cells as
 * text, this class maps headers to {@link OrganisationColumn}s and turns rows into {@link
 * ImportSet} rows with their problems. One header rule and one row rule for every tabular format,
 * so a file exported as CSV or Excel imports the same way.
 *
 * <p>Rules: the {@code name} column and an {@code id} or {@code registration_number} column are
 * required; an unknown header is a warning; a row needs an id or a registration number; ids are
 * unique in the file; a cell longer than {@value #MAX_CELL} characters drops its row; at most
 * {@value #MAX_ROWS} data rows. A cell a spreadsheet export defused with a leading {@code '} (see
 * {@link org.knooppunt.platform.domain.SpreadsheetCell}) is read without it.
 */
public final class TableRows {

  public static final int MAX_ROWS = 100_000;
  public static final int MAX_CELL = 10_000;

  private static final Pattern LIST =
      Pattern.compile(Pattern.quote(OrganisationColumn.LIST_SEPARATOR));
  private static final String GROUP = Pattern.quote(OrganisationColumn.ROLE_GROUP_SEPARATOR);

  private final String file;
  private final Map<OrganisationColumn, Integer> columns = new EnumMap<>(OrganisationColumn.class);
  private final List<OrganisationRow> organisations = new ArrayList<>();
  private final List<RelationRow> relations = new ArrayList<>();
  private final List<MembershipRow> memberships = new ArrayList<>();
  private final List<RowProblem> problems = new ArrayList<>();
  private final Set<String> ids = new HashSet<>();
  private final int maxRows;
  private int rows;
  private boolean failed;

  public TableRows(String file) {
    this(file, MAX_ROWS);
  }

  /** A table with another row cap (the import benchmark reads the whole generated country). */
  public TableRows(String file, int maxRows) {
    this.file = file;
    this.maxRows = maxRows;
  }

  /** Reads the header row; false when the table cannot be read (the problems say why). */
  public boolean header(List<String> cells) {
    return header(cells, Map.of());
  }

  /**
   * Reads the header row; {@code mapping} maps headers that name no canonical column (lower case)
   * to the column the user chose for them on the preview.
   */
  public boolean header(List<String> cells, Map<String, OrganisationColumn> mapping) {
    for (int i = 0; i < cells.size(); i++) {
      String h = cells.get(i) == null ? "" : cells.get(i).strip();
      var column =
          OrganisationColumn.of(h)
              .or(() -> Optional.ofNullable(mapping.get(h.toLowerCase(Locale.ROOT))));
      if (column.isPresent()) {
        columns.putIfAbsent(column.get(), i);
      } else if (!h.isEmpty()) {
        problems.add(new RowProblem(file, 1, h, "exchange.problem.unknownColumn", List.of(h)));
      }
    }
    if (!columns.containsKey(OrganisationColumn.NAME)) {
      problems.add(missingColumn(OrganisationColumn.NAME));
    }
    if (!columns.containsKey(OrganisationColumn.ID)
        && !columns.containsKey(OrganisationColumn.REGISTRATION_NUMBER)) {
      problems.add(missingColumn(OrganisationColumn.ID));
    }
    failed = problems.stream().anyMatch(p -> !ImportReader.isWarning(p.key()));
    return !failed;
  }

  /**
   * One data row ({@code line} as the user sees it, 1 being the header); false when the row cap is
   * reached, after which the reader stops and the set is empty with that problem.
   */
  public boolean row(int line, List<String> cells) {
    if (failed) {
      return false;
    }
    Map<OrganisationColumn, String> values = new EnumMap<>(OrganisationColumn.class);
    for (var e : columns.entrySet()) {
      String v = e.getValue() < cells.size() ? cells.get(e.getValue()) : null;
      if (v == null) {
        continue;
      }
      v = v.strip();
      if (v.length() > MAX_CELL) {
        problems.add(
            new RowProblem(
                file,
                line,
                e.getKey().english(),
                "exchange.problem.cellTooLong",
                List.of(String.valueOf(MAX_CELL))));
        return countRow();
      }
      v = undefuse(v);
      if (!v.isEmpty()) {
        values.put(e.getKey(), v);
      }
    }
    if (values.isEmpty()) {
      return true;
    }
    if (!countRow()) {
      return false;
    }
    String id = values.get(OrganisationColumn.ID);
    String registration = values.get(OrganisationColumn.REGISTRATION_NUMBER);
    if (id != null && !ids.add(id)) {
      problems.add(
          new RowProblem(
              file,
              line,
              OrganisationColumn.ID.english(),
              "exchange.problem.duplicateId",
              List.of(id)));
      return true;
    }
    if (id == null && registration == null) {
      problems.add(
          new RowProblem(
              file, line, OrganisationColumn.ID.english(), "exchange.problem.noKey", List.of()));
      return true;
    }
    organisations.add(
        new OrganisationRow(
            file,
            line,
            id,
            values.get(OrganisationColumn.KIND),
            values.get(OrganisationColumn.NAME),
            values.get(OrganisationColumn.DESCRIPTION),
            values.get(OrganisationColumn.SECTOR),
            registration,
            values.get(OrganisationColumn.EMAIL),
            values.get(OrganisationColumn.WEBSITE),
            values.get(OrganisationColumn.PHONE),
            values.get(OrganisationColumn.STREET),
            values.get(OrganisationColumn.POSTCODE),
            values.get(OrganisationColumn.PLACE),
            values.get(OrganisationColumn.MUNICIPALITY),
            decimal(line, OrganisationColumn.LATITUDE, values),
            decimal(line, OrganisationColumn.LONGITUDE, values),
            list(values.get(OrganisationColumn.TOPICS)),
            list(values.get(OrganisationColumn.TARGET_GROUPS))));
    String from = id != null ? id : registration;
    for (String to : list(values.get(OrganisationColumn.COLLABORATES_WITH))) {
      relations.add(new RelationRow(file, line, from, to, null));
    }
    memberships.addAll(
        memberships(
            file,
            line,
            from,
            values.get(OrganisationColumn.TAALNETWERK),
            values.get(OrganisationColumn.TAALNETWERK_ROLES),
            problems));
    return true;
  }

  /** A problem with the file as a whole (line 0); the set will have no rows. */
  public void fileProblem(String key, String... args) {
    problems.add(new RowProblem(file, 0, null, key, Arrays.asList(args)));
    failed = true;
  }

  /** What was read; no rows at all when the file as a whole failed. */
  public ImportSet toSet(String format, String idScheme) {
    if (failed) {
      return new ImportSet(
          format, file, idScheme, List.of(), List.of(), List.of(), List.of(), List.of(), problems);
    }
    return new ImportSet(
        format,
        file,
        idScheme,
        organisations,
        List.of(),
        List.of(),
        relations,
        memberships,
        problems);
  }

  /**
   * The taalnetwerk memberships one row names: every network of the {@code taalnetwerk} cell with
   * its group of roles (see {@link OrganisationColumn}). A roles cell with more than one group but
   * not one group per network is a problem on the row, and the row names no memberships.
   */
  public static List<MembershipRow> memberships(
      String file,
      int line,
      String organisation,
      String networksCell,
      String rolesCell,
      List<RowProblem> problems) {
    List<String> networks = list(networksCell);
    if (networks.isEmpty()) {
      return List.of();
    }
    List<List<String>> groups =
        rolesCell == null || rolesCell.isBlank()
            ? List.of(List.of())
            : Arrays.stream(rolesCell.split(GROUP, -1)).map(TableRows::list).toList();
    if (groups.size() > 1 && groups.size() != networks.size()) {
      problems.add(
          new RowProblem(
              file,
              line,
              OrganisationColumn.TAALNETWERK_ROLES.english(),
              "exchange.problem.roleGroups",
              List.of(String.valueOf(networks.size()), String.valueOf(groups.size()))));
      return List.of();
    }
    List<MembershipRow> rows = new ArrayList<>();
    for (int i = 0; i < networks.size(); i++) {
      List<String> roles = groups.size() == 1 ? groups.getFirst() : groups.get(i);
      rows.add(new MembershipRow(file, line, organisation, networks.get(i), roles));
    }
    return rows;
  }

  /** The values of a {@value OrganisationColumn#LIST_SEPARATOR}-separated cell, trimmed. */
  public static List<String> list(String cell) {
    if (cell == null || cell.isBlank()) {
      return List.of();
    }
    return LIST.splitAsStream(cell)
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .distinct()
        .toList();
  }

  /** A cell without the {@code '} an export put before a formula-like text. */
  public static String undefuse(String cell) {
    if (cell != null && cell.length() > 1 && cell.charAt(0) == '\'') {
      String rest = cell.substring(1);
      if (!org.knooppunt.platform.domain.SpreadsheetCell.inert(rest).equals(rest)) {
        return rest;
      }
    }
    return cell;
  }

  private boolean countRow() {
    if (++rows > maxRows) {
      fileProblem("exchange.problem.tooManyRows", String.valueOf(maxRows));
      return false;
    }
    return true;
  }

  private Double decimal(int line, OrganisationColumn column, Map<OrganisationColumn, String> v) {
    String s = v.get(column);
    if (s == null) {
      return null;
    }
    try {
      double d = Double.parseDouble(s.replace(',', '.'));
      if (Double.isFinite(d)) {
        return d;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(
        new RowProblem(file, line, column.english(), "exchange.problem.badNumber", List.of(s)));
    return null;
  }

  private RowProblem missingColumn(OrganisationColumn column) {
    return new RowProblem(
        file,
        0,
        column.english(),
        "exchange.problem.missingColumn",
        List.of(column.english() + " / " + column.dutch()));
  }
}
