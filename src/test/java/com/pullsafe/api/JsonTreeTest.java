package com.pullsafe.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Request bodies are read with bounds before anything binds them. */
class JsonTreeTest {

  private static List<String> refusals(String json) {
    return JsonTree.read(json).errors().stream().map(e -> e.field() + " " + e.message()).toList();
  }

  @Test
  void aBodyWithinTheBoundsIsReadWhole() {
    JsonTree.Read read =
        JsonTree.read("{\"topSetKg\":142.5,\"assign\":[{\"sets\":3,\"tempo\":\"3-1-3\"}]}");

    assertEquals(List.of(), read.errors());
    assertEquals(
        Json.createReader(
                new java.io.StringReader(
                    "{\"topSetKg\":142.5,\"assign\":[{\"sets\":3,\"tempo\":\"3-1-3\"}]}"))
            .readValue(),
        read.value());
  }

  /** Reading such a number into a BigDecimal alone costs the square of its length. */
  @Test
  void aNumberOfMoreThanTwentyCharactersIsRefusedUnreadNamingItsField() {
    String huge = "1." + "0".repeat(60_000);

    JsonTree.Read read =
        JsonTree.read("{\"topSetKg\":" + huge + ",\"assign\":[{\"loadKg\":" + huge + "}]}");

    assertEquals(
        List.of(
            "topSetKg " + JsonTree.NUMBER_TOO_LONG, "assign[0].loadKg " + JsonTree.NUMBER_TOO_LONG),
        read.errors().stream().map(e -> e.field() + " " + e.message()).toList());
    assertEquals(JsonValue.NULL, read.value().asJsonObject().get("topSetKg"));
  }

  @Test
  void aNumberAloneIsNamedAsTheBody() {
    assertEquals(List.of("body " + JsonTree.NUMBER_TOO_LONG), refusals("9".repeat(21)));
  }

  @Test
  void aFieldGivenTwiceIsRefused() {
    assertEquals(
        List.of("painScore " + JsonTree.TWICE, "assign[1].sets " + JsonTree.TWICE),
        refusals("{\"painScore\":0,\"painScore\":9,\"assign\":[{},{\"sets\":1,\"sets\":2}]}"));
  }

  @Test
  void nestingDeeperThanAnyBodyEndsTheReading() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);

    assertThrows(JsonTree.TooDeep.class, () -> JsonTree.read(deep));
    JsonTree.read("[".repeat(JsonTree.MAX_DEPTH) + "]".repeat(JsonTree.MAX_DEPTH));
  }

  @Test
  void textAfterTheValueIsMalformed() {
    assertThrows(JsonParsingException.class, () -> JsonTree.read("{} {}"));
    assertThrows(JsonParsingException.class, () -> JsonTree.read("{\"a\":1"));
  }
}
