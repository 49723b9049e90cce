package org.specworks.cms.content;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Structured fields as a flat JSON object of strings, keys sorted, so the text is canonical. */
final class FieldsJson {

  private FieldsJson() {}

  static String write(SortedMap<String, String> fields) {
    JsonObjectBuilder object = Json.createObjectBuilder();
    fields.forEach(object::add);
    return object.build().toString();
  }

  static SortedMap<String, String> read(String json) {
    SortedMap<String, String> fields = new TreeMap<>();
    if (json == null || json.isBlank()) {
      return fields;
    }
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      JsonObject object = reader.readObject();
      for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
        if (entry.getValue() instanceof JsonString text) {
          fields.put(entry.getKey(), text.getString());
        }
      }
    }
    return fields;
  }
}
