import java.nio.file.Path;
import org.knooppunt.platform.neo4j.Graph;

/**
 * One way of importing the canonical organisation CSV into a store that holds only the reference
 * data of the migrations (part of src/bench/import-benchmark.sh). The benchmark times {@link
 * #importFile}, counts what it wrote in the store and samples the heap meanwhile; each
 * implementation is one row of the summary. {@code BatchedUnwindImport} is the stand-in; the
 * product's own import (its CSV reader and writer) is another implementation, listed in {@code
 * ImportProbe.PRODUCTS}.
 */
public interface ImportUnderTest {

  /** The row's label in the summary. */
  String label();

  /** Imports the whole file through {@code graph}, as the given user, in the product's way. */
  void importFile(Graph graph, Path organisationsCsv) throws Exception;
}
