package org.knooppunt.exchange.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The seed corpus of one parser: the small, valid and not-so-valid files under {@code
 * src/test/resources/fuzz/<parser>/} that the fuzzer starts from (each fuzz test links its Jazzer
 * inputs directory there) and that every build reads once as a regression test.
 */
public final class FuzzCorpus {

  /** One seed file: its name (the extension tells readers the format) and its bytes. */
  public record Seed(String name, byte[] bytes) {}

  private FuzzCorpus() {}

  /** The seeds of {@code parser}, by name; license texts beside them are not seeds. */
  public static List<Seed> seeds(String parser) {
    URL dir = FuzzCorpus.class.getResource("/fuzz/" + parser);
    if (dir == null) {
      throw new IllegalStateException("no seed corpus fuzz/" + parser + " on the test class path");
    }
    try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
      List<Seed> seeds =
          files
              .filter(f -> !f.getFileName().toString().startsWith("LICENSE"))
              .sorted()
              .map(f -> new Seed(f.getFileName().toString(), read(f)))
              .toList();
      if (seeds.isEmpty()) {
        throw new IllegalStateException("the seed corpus fuzz/" + parser + " is empty");
      }
      return seeds;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
