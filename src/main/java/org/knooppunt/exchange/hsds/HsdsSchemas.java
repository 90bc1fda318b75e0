package org.knooppunt.exchange.hsds;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The HSDS 3.0 JSON Schemas shipped under {@code org/knooppunt/exchange/hsds/schema/}, loaded from
 * the classpath (their {@code $id} prefix maps there, so validation never touches the network), and
 * validation of one JSON object against the schema of its HSDS object type.
 */
public final class HsdsSchemas {

  static final String ID_PREFIX = "https://knooppunt.local/hsds/3.0/";
  static final String CLASSPATH = "classpath:org/knooppunt/exchange/hsds/schema/";

  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(
          SpecVersion.VersionFlag.V202012,
          builder -> builder.schemaMappers(m -> m.mapPrefix(ID_PREFIX, CLASSPATH)));

  private static final SchemaValidatorsConfig CONFIG =
      SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

  private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

  private HsdsSchemas() {}

  /** One schema violation: where in the instance (JSON pointer) and what. */
  public record Violation(String path, String message) {}

  /**
   * The violations of {@code node} against the schema {@code type} (e.g. {@code organization},
   * {@code service_list}), in a stable order; empty when valid.
   */
  public static List<Violation> validate(String type, JsonNode node) {
    JsonSchema schema =
        SCHEMAS.computeIfAbsent(
            type, t -> FACTORY.getSchema(SchemaLocation.of(ID_PREFIX + t + ".json"), CONFIG));
    List<Violation> out = new ArrayList<>();
    for (ValidationMessage m : schema.validate(node)) {
      out.add(new Violation(String.valueOf(m.getInstanceLocation()), m.getMessage()));
    }
    out.sort(Comparator.comparing(Violation::path).thenComparing(Violation::message));
    return out;
  }
}
