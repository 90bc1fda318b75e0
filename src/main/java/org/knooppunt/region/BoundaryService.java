package org.knooppunt.region;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.domain.FieldError;
import org.knooppunt.platform.i18n.Messages;

/**
 * The boundaries of the 646 municipalities, from the GeoJSON files that ship on the class path
 * ({@code neo4j/reference/}): read once, on first use, and kept per municipality code as a GeoJSON
 * feature with the properties {@code code}, {@code name} and {@code population}. The Dutch file
 * carries the population (1 Jan 2024); the Flemish/Brussels one does not, so it comes from the CSV
 * next to it (1 Jan 2020), the same column migration V0004 gave the Municipality nodes.
 */
@ApplicationScoped
public class BoundaryService {

  /** At most this many codes per request (there are 646 municipalities). */
  public static final int MAX_CODES = 700;

  static final String NL_GEOJSON = "neo4j/reference/nl_gemeenten_2025.geojson";
  static final String BE_GEOJSON = "neo4j/reference/flanders_brussels_gemeenten_2025.geojson";
  static final String BE_CSV = "neo4j/reference/flanders_brussels_gemeenten_2025.csv";

  /** A CBS code (GM0344) or a NIS code (11002). */
  private static final Pattern CODE = Pattern.compile("GM\\d{4}|\\d{5}");

  /** One municipality's boundary; {@code feature} is its GeoJSON Feature, serialised. */
  public record Boundary(String code, String name, long population, String feature) {}

  private volatile Map<String, Boundary> byCode;

  /** The boundary of one municipality, if there is one. */
  public Optional<Boundary> boundary(String code) {
    return Optional.ofNullable(all().get(code));
  }

  /** How many municipalities have a boundary. */
  public int size() {
    return all().size();
  }

  /**
   * The boundaries of a comma-separated list of codes as a GeoJSON FeatureCollection, in the order
   * asked, each once; codes without a boundary are left out. A list that is empty, too long or has
   * something that is not a code is refused.
   */
  public String collection(String codes, Locale locale) {
    return collection(parse(codes, locale));
  }

  /** The boundaries of these codes as a GeoJSON FeatureCollection; unknown codes are left out. */
  public String collection(Iterable<String> codes) {
    Map<String, Boundary> all = all();
    StringBuilder out = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
    boolean first = true;
    for (String code : codes) {
      Boundary b = all.get(code);
      if (b != null) {
        out.append(first ? "" : ",").append(b.feature());
        first = false;
      }
    }
    return out.append("]}").toString();
  }

  /** The codes of a comma-separated list, each once; refuses what is not such a list. */
  public static Set<String> parse(String codes, Locale locale) {
    if (codes == null || codes.isBlank() || codes.length() > MAX_CODES * 8) {
      throw invalid(locale);
    }
    Set<String> out = new LinkedHashSet<>();
    int count = 0;
    for (String token : codes.split(",", -1)) {
      String code = token.strip().toUpperCase(Locale.ROOT);
      if (code.isEmpty()) {
        continue;
      }
      if (!CODE.matcher(code).matches() || ++count > MAX_CODES) {
        throw invalid(locale);
      }
      out.add(code);
    }
    if (out.isEmpty()) {
      throw invalid(locale);
    }
    return out;
  }

  private static DomainException invalid(Locale locale) {
    String message = Messages.get(locale, "socialmap.geo.invalidCodes", MAX_CODES);
    return new DomainException(
        DomainException.Kind.INVALID, message, List.of(new FieldError("codes", message)), null);
  }

  private Map<String, Boundary> all() {
    Map<String, Boundary> loaded = byCode;
    if (loaded == null) {
      synchronized (this) {
        loaded = byCode;
        if (loaded == null) {
          loaded = load();
          byCode = loaded;
        }
      }
    }
    return loaded;
  }

  private static Map<String, Boundary> load() {
    Map<String, Long> flemishPopulation = new HashMap<>();
    try (Reader in = reader(BE_CSV)) {
      for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().get().parse(in)) {
        flemishPopulation.put(r.get("nis_code"), Long.parseLong(r.get("population_2020")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Boundary> out = new HashMap<>();
    read(NL_GEOJSON, "gm_code", null, out);
    read(BE_GEOJSON, "nis_code", flemishPopulation, out);
    return Map.copyOf(out);
  }

  private static void read(
      String resource,
      String codeProperty,
      Map<String, Long> population,
      Map<String, Boundary> out) {
    JsonObject collection;
    try (Reader in = reader(resource);
        JsonReader json = Json.createReader(in)) {
      collection = json.readObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (JsonObject f : collection.getJsonArray("features").getValuesAs(JsonObject.class)) {
      JsonObject p = f.getJsonObject("properties");
      String code = p.getString(codeProperty);
      String name = p.getString("name");
      long inhabitants =
          population != null
              ? population.getOrDefault(code, 0L)
              : p.containsKey("population") && !p.isNull("population")
                  ? p.getJsonNumber("population").longValue()
                  : 0L;
      JsonObject feature =
          Json.createObjectBuilder()
              .add("type", "Feature")
              .add("id", code)
              .add(
                  "properties",
                  Json.createObjectBuilder()
                      .add("code", code)
                      .add("name", name)
                      .add("population", inhabitants))
              .add("geometry", f.getJsonObject("geometry"))
              .build();
      out.put(code, new Boundary(code, name, inhabitants, feature.toString()));
    }
  }

  private static Reader reader(String resource) {
    InputStream in = BoundaryService.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("Missing on the class path: " + resource);
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }
}
