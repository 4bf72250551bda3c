package com.pullsafe.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.pullsafe.shared.InvalidInput;
import jakarta.json.bind.Jsonb;
import jakarta.json.stream.JsonParsingException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The API's JSON-B refuses what does not fit a request, naming the field where it stopped. */
class JsonBindingTest {

  /** A body shaped like a review, with the scalar types the API's bodies use. */
  public record Review(
      String decision, Long coachId, Boolean relearningBlock, List<Assign> assign, Status status) {}

  public record Assign(String alternative, Integer sets, BigDecimal loadKg) {}

  public enum Status {
    ACTIVE,
    SUSPENDED
  }

  private static final Jsonb JSONB = JsonBinding.create();

  @AfterEach
  void forgetTheParser() {
    BodyParsers.forget();
  }

  private static Review read(String json) {
    return JSONB.fromJson(json, Review.class);
  }

  /** What the API answers: the refused field and its message, as {@link BodyReading} names it. */
  private static String refusal(String json) {
    RuntimeException refused = assertThrows(RuntimeException.class, () -> read(json));
    InvalidInput answer = assertInstanceOf(InvalidInput.class, BodyReading.named(refused));
    return answer.errors().stream().map(e -> e.field() + " " + e.message()).findFirst().get();
  }

  @Test
  void aBodyThatFitsIsBound() {
    Review review =
        read(
            "{\"decision\":\"CONFIRM\",\"coachId\":7,\"relearningBlock\":true,"
                + "\"assign\":[{\"alternative\":\"PLANK\",\"sets\":3,\"loadKg\":12.5}],"
                + "\"status\":\"ACTIVE\"}");

    assertEquals(
        new Review(
            "CONFIRM",
            7L,
            true,
            List.of(new Assign("PLANK", 3, new BigDecimal("12.5"))),
            Status.ACTIVE),
        review);
    assertEquals(new Review(null, null, null, null, null), read("{\"coachId\":null}"));
  }

  @Test
  void anUnknownFieldIsRefusedWithItsPath() {
    assertEquals(
        "saddle_numbness is not a field of this request: check its spelling",
        refusal("{\"saddle_numbness\":true}"));
    assertEquals(
        "assign[1].bogus is not a field of this request: check its spelling",
        refusal("{\"assign\":[{\"sets\":1},{\"sets\":2,\"bogus\":1}]}"));
    assertEquals(
        "Decision is not a field of this request: check its spelling",
        refusal("{\"Decision\":\"CONFIRM\"}"));
  }

  @Test
  void aFractionOrAnythingElseIsNoWholeNumber() {
    for (String coachId : List.of("1.5", "1e2", "\"1\"", "true", "[1]", "{\"id\":1}")) {
      assertEquals(
          "coachId must be a whole number", refusal("{\"coachId\":" + coachId + "}"), coachId);
    }
    assertEquals(
        "assign[0].sets must be a whole number", refusal("{\"assign\":[{\"sets\":3000000000}]}"));
  }

  @Test
  void textNumbersAndTruthsMustBeTheirOwnJsonType() {
    assertEquals("decision must be text", refusal("{\"decision\":5}"));
    assertEquals("decision must be text", refusal("{\"decision\":[\"CONFIRM\"]}"));
    assertEquals(
        "assign[0].loadKg must be a number", refusal("{\"assign\":[{\"loadKg\":\"12\"}]}"));
    assertEquals("relearningBlock must be true or false", refusal("{\"relearningBlock\":1}"));
    assertEquals(
        "relearningBlock must be true or false", refusal("{\"relearningBlock\":\"true\"}"));
  }

  @Test
  void anUnknownConstantOrAWrongStructureNamesTheField() {
    assertEquals(
        "status has the wrong type or an unknown value", refusal("{\"status\":\"PAUSED\"}"));
    assertEquals(
        "assign has the wrong type or an unknown value", refusal("{\"assign\":{\"sets\":1}}"));
    assertEquals("body must be a JSON object", refusal("[1,2]"));
    assertEquals("body must be a JSON object", refusal("\"text\""));
  }

  @Test
  void aFieldGivenTwiceIsRefused() {
    assertEquals(
        "assign[0].sets is given more than once",
        refusal("{\"assign\":[{\"sets\":1,\"sets\":2}]}"));
  }

  /** Reading such a number into a BigDecimal alone costs the square of its length. */
  @Test
  void aNumberOfMoreThanTwentyCharactersIsRefusedUnread() {
    assertEquals(
        "assign[0].loadKg must be a number of at most 20 characters",
        refusal("{\"assign\":[{\"loadKg\":1." + "0".repeat(60_000) + "}]}"));
  }

  @Test
  void textThatCannotBeStoredIsRefusedInAnyField() {
    assertEquals(
        "assign[0].alternative " + com.pullsafe.shared.StorableText.REFUSAL,
        refusal("{\"assign\":[{\"alternative\":\"PL\\u0000ANK\"}]}"));
    assertEquals(
        "decision " + com.pullsafe.shared.StorableText.REFUSAL,
        refusal("{\"decision\":\"\\uD83D\"}"));
  }

  @Test
  void nestingDeeperThanAnyBodyIsRefused() {
    String deep = "[".repeat(20_000) + "]".repeat(20_000);

    assertEquals("body nests deeper than 16 levels", refusal("{\"coachId\":" + deep + "}"));
  }

  @Test
  void anythingAfterTheBodyIsMalformed() {
    RuntimeException refused =
        assertThrows(RuntimeException.class, () -> read("{\"coachId\":1} {\"coachId\":2}"));

    assertInstanceOf(JsonParsingException.class, rootCause(refused), refused.toString());
  }

  private static Throwable rootCause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && !(t instanceof JsonParsingException)) {
      t = t.getCause();
    }
    return t;
  }
}
