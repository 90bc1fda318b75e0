package org.knooppunt.exchange.hsds;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Test;
import org.knooppunt.exchange.fuzz.FuzzCorpus;
import org.knooppunt.exchange.fuzz.ReaderFuzzing;

/**
 * Fuzzes {@link HsdsDatapackageReader}: whatever bytes are uploaded as {@code fuzz.zip}, the reader
 * answers with an import set (problems allowed) and never throws. Seeds: {@code
 * src/test/resources/fuzz/hsds-zip/}; in the build's fuzz run Jazzer mutates them 10,000 times,
 * otherwise the seeds alone run.
 */
class HsdsDatapackageReaderFuzzTest {

  @FuzzTest(maxExecutions = 10_000)
  void anyBytesGiveAnImportSet(byte[] input) {
    ReaderFuzzing.read(new HsdsDatapackageReader(), "fuzz.zip", input);
  }

  @Test
  void theSeedsRead() {
    int organisations = 0;
    for (FuzzCorpus.Seed seed : FuzzCorpus.seeds("hsds-zip")) {
      organisations +=
          ReaderFuzzing.read(new HsdsDatapackageReader(), seed.name(), seed.bytes())
              .organisations()
              .size();
    }
    assertTrue(organisations >= 1, "the valid seeds give organisations, got " + organisations);
  }
}
