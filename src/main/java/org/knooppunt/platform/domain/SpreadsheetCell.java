package org.knooppunt.platform.domain;

/**
 * Defuses text for a spreadsheet: a cell that starts with {@code =}, {@code +}, {@code -}, an at
 * sign, a tab or a carriage return is run as a formula by Excel and LibreOffice when a CSV file is
 * opened (CSV/formula injection). As OWASP advises, such a text gets a leading {@code '}, which the
 * spreadsheet shows as text; a plain negative number stays as it is. One rule for every CSV
 * Knooppunt writes (coverage, social map, organisations).
 */
public final class SpreadsheetCell {

  private static final String TRIGGERS = "=+-@\t\r";

  /** A plain negative number (a longitude west of Greenwich) is data, not a formula. */
  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("-[0-9]+(\\.[0-9]+)?");

  private SpreadsheetCell() {}

  /** The value itself, or a text with a leading {@code '} when a spreadsheet would evaluate it. */
  public static Object inert(Object value) {
    return value instanceof String s ? inert(s) : value;
  }

  /** The text itself, or with a leading {@code '} when a spreadsheet would evaluate it. */
  public static String inert(String s) {
    if (s != null
        && !s.isEmpty()
        && TRIGGERS.indexOf(s.charAt(0)) >= 0
        && !NUMBER.matcher(s).matches()) {
      return "'" + s;
    }
    return s;
  }
}
