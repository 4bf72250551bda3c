package com.pullsafe.testing;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The API's checked-in OpenAPI document ({@code src/main/openapi/openapi.json}) as the tests hold
 * the server to it: an answer must have a documented status and media type, and its body must match
 * the documented schema, read as closed: a field the schema does not list fails, as does a missing
 * required one.
 */
public final class OpenApiContract {

  public static final Path DOCUMENT = Path.of("src", "main", "openapi", "openapi.json");

  private static final SchemaRegistry SCHEMAS =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  private final JsonObject document;
  private final JsonObject closedSchemas;

  private OpenApiContract(JsonObject document) {
    this.document = document;
    this.closedSchemas = closed(document.getJsonObject("components").getJsonObject("schemas"));
  }

  /** The checked-in document. */
  public static OpenApiContract checkedIn() {
    return new OpenApiContract(read(DOCUMENT));
  }

  public static JsonObject read(Path file) {
    try (var reader = Json.createReader(new StringReader(Files.readString(file)))) {
      return reader.readObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The layout of the checked-in document: indented, fields in the server's order. */
  public static String pretty(JsonObject document) {
    StringWriter out = new StringWriter();
    try (var writer =
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
      writer.writeObject(document);
    }
    return out.toString().strip() + "\n";
  }

  /** Where two documents differ (JSON pointers), for a readable failure. */
  public static List<String> differences(JsonValue expected, JsonValue actual) {
    List<String> found = new ArrayList<>();
    collectDifferences("", expected, actual, found);
    return found.size() > 20 ? found.subList(0, 20) : found;
  }

  private static void collectDifferences(
      String at, JsonValue expected, JsonValue actual, List<String> found) {
    if (expected instanceof JsonObject e && actual instanceof JsonObject a) {
      Set<String> keys = new HashSet<>(e.keySet());
      keys.addAll(a.keySet());
      keys.stream()
          .sorted()
          .forEach(
              k ->
                  collectDifferences(
                      at + "/" + k,
                      e.getOrDefault(k, JsonValue.NULL),
                      a.getOrDefault(k, JsonValue.NULL),
                      found));
    } else if (!expected.equals(actual)) {
      found.add(at);
    }
  }

  /**
   * Fails unless {@code reply} is an answer the document gives to {@code method} on {@code
   * pathTemplate} (as written in the document, e.g. {@code /api/v1/reports/{id}}).
   */
  public void assertConforms(String method, String pathTemplate, Api.Reply reply) {
    String mediaType = reply.header("Content-Type").split(";")[0].trim();
    List<String> violations =
        violations(method, pathTemplate, reply.status(), mediaType, reply.body());
    if (!violations.isEmpty()) {
      throw new AssertionError(
          method.toUpperCase()
              + " "
              + pathTemplate
              + " answered "
              + reply.status()
              + " "
              + mediaType
              + " outside the contract: "
              + violations
              + "\n"
              + reply.body());
    }
  }

  /** What in an answer breaks the contract; empty when nothing does. */
  public List<String> violations(
      String method, String pathTemplate, int status, String mediaType, String body) {
    JsonObject path = document.getJsonObject("paths").getJsonObject(pathTemplate);
    if (path == null || !path.containsKey(method.toLowerCase())) {
      return List.of("no such operation in the document");
    }
    JsonObject responses = path.getJsonObject(method.toLowerCase()).getJsonObject("responses");
    JsonObject response = responses.getJsonObject(Integer.toString(status));
    if (response == null) {
      return List.of("status " + status + " is not documented, only " + responses.keySet());
    }
    response = resolved(response);
    JsonObject content = response.getJsonObject("content");
    if (content == null) {
      return body.isEmpty() ? List.of() : List.of("a body where the document has none");
    }
    JsonObject media = content.getJsonObject(mediaType);
    if (media == null) {
      return List.of("media type " + mediaType + " is not documented, only " + content.keySet());
    }
    Schema schema = SCHEMAS.getSchema(withComponents(media.getJsonObject("schema")).toString());
    return schema.validate(body, InputFormat.JSON).stream().map(Error::toString).toList();
  }

  /** A response given as a reference to {@code components/responses}. */
  private JsonObject resolved(JsonObject response) {
    if (!response.containsKey("$ref")) {
      return response;
    }
    String name = response.getString("$ref").substring("#/components/responses/".length());
    return document.getJsonObject("components").getJsonObject("responses").getJsonObject(name);
  }

  /** The schema as a document of its own, its references to components resolving inside it. */
  private JsonObject withComponents(JsonObject schema) {
    return Json.createObjectBuilder(closed(schema).asJsonObject())
        .add("$schema", "https://json-schema.org/draft/2020-12/schema")
        .add("components", Json.createObjectBuilder().add("schemas", closedSchemas))
        .build();
  }

  /**
   * The schemas with every object that lists its properties closed to others: the document names
   * every field the server sends, so an unlisted one is an undocumented change.
   */
  private static JsonObject closed(JsonObject schemas) {
    return schemas.entrySet().stream()
        .collect(
            Json::createObjectBuilder,
            (b, e) -> b.add(e.getKey(), closed(e.getValue())),
            JsonObjectBuilder::addAll)
        .build();
  }

  private static JsonValue closed(JsonValue value) {
    if (value instanceof JsonObject object) {
      JsonObjectBuilder copy = Json.createObjectBuilder();
      object.forEach((k, v) -> copy.add(k, closed(v)));
      if (object.containsKey("properties") && !object.containsKey("additionalProperties")) {
        copy.add("additionalProperties", false);
      }
      return copy.build();
    }
    if (value instanceof JsonArray array) {
      JsonArrayBuilder copy = Json.createArrayBuilder();
      array.forEach(v -> copy.add(closed(v)));
      return copy.build();
    }
    return value;
  }
}
