package org.knooppunt.exchange;

import java.util.List;
import java.util.Map;
import org.knooppunt.exchange.ImportSet.RowProblem;

/**
 * What an import would do with a file: the rows that can be written (each with what it changes),
 * the rows that are refused with their reasons, and the counts a dry run reports. Built by {@link
 * ImportPlanner}, written by {@link ImportWriter}; the preview shows it as is.
 *
 * @param problems every problem, from reading and from matching; file-wide ones on line 0
 * @param fileRejected true when a file-wide problem stops the whole file
 */
public record ImportPlan(
    ImportSet set,
    List<PlannedOrganisation> organisations,
    List<Map<String, Object>> relations,
    List<Map<String, Object>> memberships,
    List<RowProblem> problems,
    int rejectedRows,
    boolean fileRejected) {

  /** What a row does to the graph. */
  public enum Change {
    CREATE,
    UPDATE,
    UNCHANGED
  }

  /** One importable organisation row and the write parameters for it. */
  public record PlannedOrganisation(int line, String key, Change change, Map<String, Object> row) {}

  public long count(Change change) {
    return organisations.stream().filter(o -> o.change() == change).count();
  }
}
