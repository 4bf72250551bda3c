package com.pullsafe.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.pullsafe.platform.InvalidInput.FieldError;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonShapeTest {

  enum Decision {
    CONFIRM,
    OVERRIDE
  }

  record Assign(String alternative, Integer sets, BigDecimal loadKg) {}

  record Review(
      Decision decision, String reason, Long athleteId, Boolean urgent, List<Assign> assign) {}

  private static List<String> problems(String json) {
    JsonValue value = Json.createReader(new StringReader(json)).readValue();
    return JsonShape.check(value, Review.class).stream()
        .map(e -> e.field() + " " + e.message())
        .toList();
  }

  @Test
  void aBodyThatFitsHasNoProblems() {
    assertEquals(
        List.of(),
        problems(
            "{\"decision\":\"OVERRIDE\",\"reason\":\"r\",\"athleteId\":7,\"urgent\":false,"
                + "\"assign\":[{\"alternative\":\"PLANK\",\"sets\":3,\"loadKg\":12.5}]}"));
  }

  @Test
  void missingAndNullFieldsAreLeftToTheServices() {
    assertEquals(List.of(), problems("{\"reason\":null}"));
  }

  @Test
  void anUnknownEnumValueNamesTheConstants() {
    assertEquals(
        List.of("decision must be one of CONFIRM, OVERRIDE"), problems("{\"decision\":\"MAYBE\"}"));
    assertEquals(
        List.of("decision must be one of CONFIRM, OVERRIDE"), problems("{\"decision\":1}"));
  }

  @Test
  void aFractionOrAListIsNotAWholeNumber() {
    for (String id : List.of("1.5", "[1]", "\"1\"", "true", "{}", "99999999999999999999999")) {
      assertEquals(
          List.of("athleteId must be a whole number"), problems("{\"athleteId\":" + id + "}"), id);
    }
  }

  @Test
  void textAndBooleansAreNotCoerced() {
    assertEquals(
        List.of("reason must be text", "urgent must be true or false"),
        problems("{\"reason\":5,\"urgent\":\"yes\"}"));
  }

  @Test
  void nestedFieldsAreNamedWithTheirPath() {
    assertEquals(
        List.of("assign[1].sets must be a whole number", "assign[1].loadKg must be a number"),
        problems("{\"assign\":[{\"sets\":1},{\"sets\":\"x\",\"loadKg\":\"heavy\"}]}"));
    assertEquals(List.of("assign must be a list"), problems("{\"assign\":{}}"));
    assertEquals(List.of("assign[0] must be an object"), problems("{\"assign\":[3]}"));
  }

  @Test
  void aBodyThatIsNotAnObjectIsNamedBody() {
    assertEquals(
        List.of(new FieldError("body", "must be a JSON object")),
        JsonShape.check(Json.createArrayBuilder().add(1).build(), Review.class));
  }

  @Test
  void aFieldTheRequestDoesNotHaveIsRefusedByItsName() {
    assertEquals(
        List.of("saddle_numbness " + JsonShape.UNKNOWN_FIELD),
        problems("{\"reason\":\"r\",\"saddle_numbness\":true}"));
  }

  @Test
  void anUnknownNestedFieldIsNamedWithItsPath() {
    assertEquals(
        List.of("assign[0].bogus " + JsonShape.UNKNOWN_FIELD),
        problems("{\"assign\":[{\"alternative\":\"PLANK\",\"bogus\":1}]}"));
  }

  @Test
  void anUnknownFieldIsNamedEvenWhenItsValueIsNull() {
    assertEquals(List.of("Reason " + JsonShape.UNKNOWN_FIELD), problems("{\"Reason\":null}"));
  }

  @Test
  void textWithACharacterPostgreSqlCannotStoreIsRefusedInAnyField() {
    assertEquals(
        List.of("reason " + JsonShape.UNSTORABLE, "assign[0].alternative " + JsonShape.UNSTORABLE),
        problems("{\"reason\":\"numb\\u0000\",\"assign\":[{\"alternative\":\"\\ud83d\"}]}"));
  }
}
