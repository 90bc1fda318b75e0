import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.knooppunt.account.Account;
import org.knooppunt.account.Role;
import org.knooppunt.exchange.CsvOrganisationReader;
import org.knooppunt.exchange.ImportPlan;
import org.knooppunt.exchange.ImportPlanner;
import org.knooppunt.exchange.ImportRepository;
import org.knooppunt.exchange.ImportWriter;
import org.knooppunt.exchange.ImportWriter.Outcome;
import org.knooppunt.platform.neo4j.Graph;

/**
 * The product's own import as one row of the import benchmark: the CSV reader, the planner (which
 * matches municipalities, topics and partners and compares with what is stored) and the batched
 * writer, the same code an upload runs in its background job, as an administrator. Only the upload
 * caps are lifted (the generated country is one 47 MB file of 100,450 rows).
 */
public class ProductImport implements ImportUnderTest {

  private static final Account ADMIN =
      new Account(
          "bench", "bench", "Benchmark", Set.of(Role.ADMIN), "nl", null, null, List.of());

  @Override
  public String label() {
    return "product";
  }

  @Override
  public void importFile(Graph graph, Path organisationsCsv) {
    String name = organisationsCsv.getFileName().toString();
    long t0 = System.nanoTime();
    var set = new CsvOrganisationReader(Long.MAX_VALUE, Integer.MAX_VALUE).read(name, organisationsCsv);
    ImportRepository repository = new ImportRepository();
    long t1 = System.nanoTime();
    ImportPlan plan = new ImportPlanner(graph, repository).plan(ADMIN, set);
    long t2 = System.nanoTime();
    if (plan.fileRejected()) {
      throw new IllegalStateException("the product refused the file: " + plan.problems());
    }
    // The job node an upload's preview creates, which every batch counts itself on.
    String job = UUID.randomUUID().toString();
    java.util.Map<String, Object> params = new java.util.HashMap<>();
    params.put("id", job);
    params.put("file", name);
    params.put("files", 1);
    params.put("format", set.format());
    params.put("actor", ADMIN.username());
    params.put("total", set.organisations().size());
    params.put("rejected", 0);
    params.put("rejectedRows", List.of());
    params.put("wouldCreate", 0);
    params.put("wouldUpdate", 0);
    params.put("wouldUnchanged", 0);
    graph.write(tx -> {
      repository.createJob(tx, params);
      return null;
    });
    Outcome outcome =
        new ImportWriter(graph, repository)
            .write(plan, new ImportRepository.Provenance("bench", name, job), () -> false);
    if (outcome != Outcome.DONE) {
      throw new IllegalStateException("the product import ended " + outcome);
    }
    long t3 = System.nanoTime();
    // Where the time goes: reading the file, planning (lookups of existing keys), writing.
    System.out.printf(
        java.util.Locale.ROOT,
        "product.read.seconds=%.1f%nproduct.plan.seconds=%.1f%nproduct.write.seconds=%.1f%n",
        (t1 - t0) / 1e9,
        (t2 - t1) / 1e9,
        (t3 - t2) / 1e9);
  }
}
