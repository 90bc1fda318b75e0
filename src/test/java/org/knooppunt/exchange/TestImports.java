package org.knooppunt.exchange;

import java.nio.file.Path;
import java.util.List;
import org.knooppunt.platform.neo4j.TestGraph;

/**
 * The import service as the application wires it, over the test graph, with the given readers and
 * jobs run on the calling thread, so that a test sees a finished job when {@code start} returns.
 */
public final class TestImports {

  private TestImports() {}

  /** The service; uploaded files wait in {@code jobs}. */
  public static ImportJobService service(Path jobs, ImportReader... readers) {
    ImportRepository repository = new ImportRepository();
    return new ImportJobService(
        TestGraph.graph(),
        repository,
        new ImportPlanner(TestGraph.graph(), repository),
        new ImportWriter(TestGraph.graph(), repository),
        List.of(readers),
        Runnable::run,
        jobs);
  }
}
