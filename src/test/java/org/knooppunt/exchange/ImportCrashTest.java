package org.knooppunt.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

/**
 * Kills an importing JVM at a random moment after its first batch and checks the store: every batch
 * the job reports done is wholly there, no batch is half there, and re-running the file ends with
 * exactly the graph a clean run makes.
 */
class ImportCrashTest {

  private static final int ROWS = 8_000;

  @TempDir Path dir;

  @Test
  void aKilledImportLeavesWholeBatchesAndARerunCompletesIt() throws Exception {
    Path csv = dir.resolve("crash.csv");
    StringBuilder s = new StringBuilder("id,name,sector,municipality,collaborates_with\n");
    for (int i = 0; i < ROWS; i++) {
      s.append("r").append(i).append(",Organisatie ").append(i).append(",welzijn,GM0344,");
      s.append(i > 0 ? "r" + (i - 1) : "").append('\n');
    }
    Files.writeString(csv, s, StandardCharsets.UTF_8);

    // The clean run to compare with, in its own store in this JVM, meanwhile.
    var clean =
        java.util.concurrent.CompletableFuture.supplyAsync(() -> {
          try {
            return inProcess("import", dir.resolve("clean"), csv);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
    Path store = dir.resolve("store");
    Process p = launch("import", store, csv);
    String bolt = null;
    String job = null;
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    while (job == null) {
      String line = out.readLine();
      if (line == null) {
        break;
      }
      if (line.startsWith("BOLT ")) {
        bolt = line.substring(5);
      } else if (line.startsWith("JOB ")) {
        job = line.substring(4);
      }
    }
    assertTrue(bolt != null && job != null, "the import process started");
    try (var driver = GraphDatabase.driver(bolt, AuthTokens.none())) {
      long done = 0;
      while (done < 1 && p.isAlive()) {
        try (var session = driver.session()) {
          done =
              session
                  .run(
                      "MATCH (j:ImportJob {id: $id}) RETURN j.batchesDone AS d",
                      java.util.Map.of("id", job))
                  .single()
                  .get("d")
                  .asLong();
        }
        Thread.sleep(20);
      }
    }
    Thread.sleep(ThreadLocalRandom.current().nextInt(0, 400));
    p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

    // The restart after the crash, in this JVM: only the killed import needs a process of its own.
    List<String> check = inProcess("check", store, csv);
    String crashed = check.stream().filter(l -> l.startsWith("CRASHED ")).findFirst().orElseThrow();
    String[] f = crashed.split(" ");
    long batchesDone = Long.parseLong(f[2]);
    long orgs = Long.parseLong(f[3]);
    long rels = Long.parseLong(f[4]);
    int orgBatches = ROWS / ImportWriter.BATCH;
    assertTrue(batchesDone >= 1, crashed);
    // Organisations come first, then relations; each batch is whole or absent.
    assertEquals(Math.min(batchesDone, orgBatches) * ImportWriter.BATCH, orgs, crashed);
    long relBatches = Math.max(0, batchesDone - orgBatches);
    assertEquals(Math.min(ROWS - 1, relBatches * ImportWriter.BATCH), rels, crashed);
    assertTrue(f[1].equals("interrupted") || f[1].equals("done"), crashed);

    List<String> cleanRun = clean.get(5, TimeUnit.MINUTES);
    assertEquals(line(cleanRun, "NODES"), line(check, "NODES"));
    assertEquals(line(cleanRun, "RELS"), line(check, "RELS"));
    assertEquals("STATUS done", line(check, "STATUS"));
  }

  private static String line(List<String> lines, String prefix) {
    return lines.stream().filter(l -> l.startsWith(prefix + " ")).findFirst().orElse(prefix + " ?");
  }

  private static Process launch(String mode, Path store, Path csv) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>();
    cmd.add(java);
    cmd.add("-Xmx512m");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(ImportCrashMain.class.getName());
    cmd.add(mode);
    cmd.add(store.toString());
    cmd.add(csv.toString());
    return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
  }

  private static List<String> inProcess(String mode, Path store, Path csv) throws Exception {
    List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());
    ImportCrashMain.run(mode, store, csv, lines::add);
    return lines;
  }
}
