package org.knooppunt.savedmap;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The node positions of a saved map, checked with JSON-P: an object of at most {@value #MAX_NODES}
 * node ids, each with a finite number {@code x} and {@code y}, at most {@value #MAX_CHARS}
 * characters of text. What is stored is rebuilt from the checked numbers, never the text as sent.
 */
final class MapPositions {

  static final int MAX_NODES = 2000;
  static final int MAX_CHARS = 200_000;
  private static final double MAX_COORDINATE = 1e7;
  private static final Pattern NODE_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

  /** Why positions were refused: the key of the message for the user. */
  static final class Invalid extends RuntimeException {
    final String messageKey;

    Invalid(String messageKey) {
      super(messageKey, null, false, false);
      this.messageKey = messageKey;
    }
  }

  private MapPositions() {}

  /** The checked positions as JSON text, null when there are none, or {@link Invalid}. */
  static String normalise(String text) {
    if (text == null || text.isBlank() || text.strip().equals("null")) {
      return null;
    }
    if (text.length() > MAX_CHARS) {
      throw new Invalid("savedmap.positionsTooLarge");
    }
    JsonValue parsed;
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      parsed = reader.readValue();
    } catch (JsonException | IllegalStateException e) {
      throw new Invalid("savedmap.positionsInvalid");
    }
    if (!(parsed instanceof JsonObject object)) {
      throw new Invalid("savedmap.positionsInvalid");
    }
    if (object.size() > MAX_NODES) {
      throw new Invalid("savedmap.positionsTooLarge");
    }
    JsonObjectBuilder clean = Json.createObjectBuilder();
    for (Map.Entry<String, JsonValue> e : object.entrySet()) {
      if (!NODE_ID.matcher(e.getKey()).matches()
          || !(e.getValue() instanceof JsonObject point)
          || !(point.get("x") instanceof JsonNumber x)
          || !(point.get("y") instanceof JsonNumber y)
          || !coordinate(x.doubleValue())
          || !coordinate(y.doubleValue())) {
        throw new Invalid("savedmap.positionsInvalid");
      }
      clean.add(
          e.getKey(),
          Json.createObjectBuilder()
              .add("x", round(x.doubleValue()))
              .add("y", round(y.doubleValue())));
    }
    return clean.build().toString();
  }

  /** Stored text back as an object (it was checked on the way in). */
  static JsonObject parse(String stored) {
    if (stored == null) {
      return null;
    }
    try (JsonReader reader = Json.createReader(new StringReader(stored))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      return null;
    }
  }

  private static boolean coordinate(double v) {
    return Double.isFinite(v) && Math.abs(v) <= MAX_COORDINATE;
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
