package org.knooppunt.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.knooppunt.exchange.ImportPlan.Change;
import org.knooppunt.exchange.ImportPlan.PlannedOrganisation;
import org.knooppunt.exchange.ImportRepository.Provenance;
import org.knooppunt.platform.neo4j.Graph;
import org.neo4j.driver.exceptions.ClientException;

/**
 * Writes a plan in batches of {@value #BATCH} rows, each batch one transaction that also counts
 * itself done on the {@code ImportJob}: whatever the job reports done is committed, and a crash or
 * a cancel leaves no half batch. Organisations come first (new ones CREATEd, changed ones MERGEd on
 * their import key, with their locations as branches and their services in the same transaction;
 * should a new one's key have been taken since planning, the batch is MERGEd whole instead), then
 * their collaborations and taalnetwerk memberships, whose other side may be in any batch. Rows
 * whose hash did not change are not written again, so a re-run of a file changes nothing.
 */
@ApplicationScoped
public class ImportWriter {

  public static final int BATCH = 2_000;

  /** What Neo4j says when a created organisation's import key is already taken. */
  static final String CONSTRAINT = "Neo.ClientError.Schema.ConstraintValidationFailed";

  private final Graph graph;
  private final ImportRepository repository;

  @Inject
  public ImportWriter(Graph graph, ImportRepository repository) {
    this.graph = graph;
    this.repository = repository;
  }

  protected ImportWriter() {
    this(null, null);
  }

  /** How a run ended. */
  public enum Outcome {
    DONE,
    CANCELLED
  }

  /** The number of batches {@link #write} will run for the plan. */
  public static int batches(ImportPlan plan) {
    long changed =
        plan.organisations().stream().filter(o -> o.change() != Change.UNCHANGED).count();
    return (int) (ceil(changed) + ceil(plan.relations().size()) + ceil(plan.memberships().size()));
  }

  /**
   * Writes the plan for job {@code job}; {@code cancelled} is asked between batches as well as the
   * job node's own flag.
   */
  public Outcome write(ImportPlan plan, Provenance provenance, BooleanSupplier cancelled) {
    List<PlannedOrganisation> changed =
        plan.organisations().stream().filter(o -> o.change() != Change.UNCHANGED).toList();
    for (int i = 0; i < changed.size(); i += BATCH) {
      List<PlannedOrganisation> batch = changed.subList(i, Math.min(changed.size(), i + BATCH));
      List<Map<String, Object>> creates = new ArrayList<>(batch.size());
      List<Map<String, Object>> updates = new ArrayList<>();
      List<Map<String, Object>> branches = new ArrayList<>();
      List<Map<String, Object>> services = new ArrayList<>();
      for (PlannedOrganisation o : batch) {
        (o.change() == Change.CREATE ? creates : updates).add(o.row());
        part(o, "locations", branches);
        part(o, "services", services);
      }
      String scheme = plan.set().idScheme();
      Function<Boolean, Boolean> run =
          fast ->
              graph.write(tx -> {
                int created = creates.size();
                if (fast) {
                  if (!creates.isEmpty()) {
                    repository.createOrganisations(tx, creates, provenance);
                  }
                  if (!updates.isEmpty()) {
                    repository.writeOrganisations(tx, updates, provenance);
                  }
                } else {
                  created -= repository.taken(tx, creates);
                  List<Map<String, Object>> all = new ArrayList<>(creates);
                  all.addAll(updates);
                  repository.writeOrganisations(tx, all, provenance);
                }
                if (!branches.isEmpty()) {
                  repository.writeBranches(tx, branches, scheme, provenance);
                }
                if (!services.isEmpty()) {
                  repository.writeServices(tx, services, scheme, provenance);
                }
                return repository.batchDone(
                    tx, provenance.job(), batch.size(), created, batch.size() - created);
              });
      boolean cancel;
      try {
        cancel = run.apply(true);
      } catch (ClientException e) {
        if (!CONSTRAINT.equals(e.code())) {
          throw e;
        }
        // A key the plan saw free was taken since (nothing of the batch was written): MERGE all.
        cancel = run.apply(false);
      }
      if (cancel || cancelled.getAsBoolean()) {
        return Outcome.CANCELLED;
      }
    }
    if (batches(plan.relations(), provenance, cancelled, true)
        || batches(plan.memberships(), provenance, cancelled, false)) {
      return Outcome.CANCELLED;
    }
    return Outcome.DONE;
  }

  /** True when cancelled. */
  private boolean batches(
      List<Map<String, Object>> all,
      Provenance provenance,
      BooleanSupplier cancelled,
      boolean relations) {
    for (int i = 0; i < all.size(); i += BATCH) {
      List<Map<String, Object>> rows = all.subList(i, Math.min(all.size(), i + BATCH));
      boolean cancel =
          graph.write(tx -> {
            if (relations) {
              repository.writeRelations(tx, rows, provenance);
            } else {
              repository.writeMemberships(tx, rows, provenance);
            }
            return repository.batchDone(tx, provenance.job(), 0, 0, 0);
          });
      if (cancel || cancelled.getAsBoolean()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Adds {key, list} of the organisation to {@code into} when the branch or service statement has
   * work for it: the row brings locations (services), or it updates an organisation that may hold
   * imported ones the file no longer names. A new organisation without any has nothing to write or
   * remove, so most rows of a file without locations or services skip both statements.
   */
  private static void part(PlannedOrganisation o, String list, List<Map<String, Object>> into) {
    Object items = o.row().get(list);
    boolean some = items instanceof List<?> l && !l.isEmpty();
    if (some || o.change() == Change.UPDATE) {
      into.add(Map.of("key", o.row().get("key"), list, items == null ? List.of() : items));
    }
  }

  private static long ceil(long n) {
    return (n + BATCH - 1) / BATCH;
  }
}
