package org.knooppunt.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.knooppunt.exchange.ImportPlan.Change;
import org.knooppunt.exchange.ImportPlan.PlannedOrganisation;
import org.knooppunt.exchange.ImportRepository.Provenance;
import org.knooppunt.platform.neo4j.Graph;

/**
 * Writes a plan in batches of {@value #BATCH} rows, each batch one transaction that also counts
 * itself done on the {@code ImportJob}: whatever the job reports done is committed, and a crash or
 * a cancel leaves no half batch. Organisations come first (MERGE on their import key, with their
 * locations as branches and their services in the same transaction), then their collaborations and
 * taalnetwerk memberships, whose other side may be in any batch. Rows whose hash did not change are
 * not written again, so a re-run of a file changes nothing.
 */
@ApplicationScoped
public class ImportWriter {

  public static final int BATCH = 2_000;

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
    List<PlannedOrganisation> changed =
        plan.organisations().stream().filter(o -> o.change() != Change.UNCHANGED).toList();
    long organisations = lanes(changed).stream().mapToLong(l -> ceil(l.size())).sum();
    return (int)
        (organisations + ceil(plan.relations().size()) + ceil(plan.memberships().size()));
  }

  /**
   * Writes the plan for job {@code job}; {@code cancelled} is asked between batches as well as the
   * job node's own flag.
   */
  public Outcome write(ImportPlan plan, Provenance provenance, BooleanSupplier cancelled) {
    List<PlannedOrganisation> changed =
        plan.organisations().stream().filter(o -> o.change() != Change.UNCHANGED).toList();
    String scheme = plan.set().idScheme();
    if (organisations(lanes(changed), scheme, provenance, cancelled)) {
      return Outcome.CANCELLED;
    }
    if (batches(plan.relations(), provenance, cancelled, true)
        || batches(plan.memberships(), provenance, cancelled, false)) {
      return Outcome.CANCELLED;
    }
    return Outcome.DONE;
  }

  /**
   * The organisations in two lanes written side by side (a file of more than one batch), split by
   * municipality so that the two writers never link to the same municipality at the same time (a
   * municipality with few relationships is locked by whoever links to it until that transaction
   * commits); topics and target groups are shared, which Neo4j allows without waiting once they
   * hold many relationships. True when cancelled. A failure in either lane stops both and is
   * thrown here; batches that were reported done stay done, as with one writer.
   */
  private boolean organisations(
      List<List<PlannedOrganisation>> lanes,
      String scheme,
      Provenance provenance,
      BooleanSupplier cancelled) {
    if (lanes.size() == 1) {
      return lane(lanes.getFirst(), scheme, provenance, cancelled, new AtomicBoolean());
    }
    AtomicBoolean stop = new AtomicBoolean();
    FutureTask<Boolean> other =
        new FutureTask<>(() -> lane(lanes.get(1), scheme, provenance, cancelled, stop));
    Thread.ofPlatform().name("knooppunt-import-writer").daemon().start(other);
    boolean cancel;
    try {
      cancel = lane(lanes.getFirst(), scheme, provenance, cancelled, stop);
    } catch (RuntimeException e) {
      stop.set(true);
      awaitQuietly(other);
      throw e;
    }
    try {
      return other.get() || cancel;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stop.set(true);
      throw new IllegalStateException("interrupted while writing an import", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** One lane's organisations, batch by batch; true when cancelled (or stopped by the other). */
  private boolean lane(
      List<PlannedOrganisation> changed,
      String scheme,
      Provenance provenance,
      BooleanSupplier cancelled,
      AtomicBoolean stop) {
    try {
      for (int i = 0; i < changed.size(); i += BATCH) {
        if (stop.get()) {
          return true;
        }
        List<PlannedOrganisation> batch = changed.subList(i, Math.min(changed.size(), i + BATCH));
        List<Map<String, Object>> rows = new ArrayList<>(batch.size());
        List<Map<String, Object>> branches = new ArrayList<>();
        List<Map<String, Object>> services = new ArrayList<>();
        int created = 0;
        for (PlannedOrganisation o : batch) {
          rows.add(o.row());
          created += o.change() == Change.CREATE ? 1 : 0;
          part(o, "locations", branches);
          part(o, "services", services);
        }
        int c = created;
        boolean cancel =
            graph.write(tx -> {
              repository.writeOrganisations(tx, rows, provenance);
              if (!branches.isEmpty()) {
                repository.writeBranches(tx, branches, scheme, provenance);
              }
              if (!services.isEmpty()) {
                repository.writeServices(tx, services, scheme, provenance);
              }
              return repository.batchDone(tx, provenance.job(), rows.size(), c, rows.size() - c);
            });
        if (cancel || cancelled.getAsBoolean()) {
          stop.set(true);
          return true;
        }
      }
      return false;
    } catch (RuntimeException e) {
      stop.set(true);
      throw e;
    }
  }

  /**
   * One lane for a file of at most one batch; otherwise two, each with whole municipalities, the
   * largest first into the smaller lane, so that both have about as many rows.
   */
  static List<List<PlannedOrganisation>> lanes(List<PlannedOrganisation> changed) {
    if (changed.size() <= BATCH) {
      return List.of(changed);
    }
    Map<Object, List<PlannedOrganisation>> byMunicipality = new LinkedHashMap<>();
    for (PlannedOrganisation o : changed) {
      byMunicipality.computeIfAbsent(o.row().get("municipality"), k -> new ArrayList<>()).add(o);
    }
    List<List<PlannedOrganisation>> groups = new ArrayList<>(byMunicipality.values());
    groups.sort(Comparator.comparingInt((List<PlannedOrganisation> g) -> g.size()).reversed());
    List<PlannedOrganisation> first = new ArrayList<>();
    List<PlannedOrganisation> second = new ArrayList<>();
    for (List<PlannedOrganisation> g : groups) {
      (first.size() <= second.size() ? first : second).addAll(g);
    }
    return second.isEmpty() ? List.of(first) : List.of(first, second);
  }

  private static void awaitQuietly(FutureTask<Boolean> other) {
    try {
      other.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      // The first failure is the one thrown.
    }
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
