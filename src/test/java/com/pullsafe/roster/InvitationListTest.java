package com.pullsafe.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class InvitationListTest {

  @Test
  void readsColumnsInAnyOrderWithQuotesAndBlankLines() throws Exception {
    List<InvitationList.Line> lines =
        InvitationList.parse(
            "\uFEFFEmail,Name,Coach\r\n"
                + "mia@x.test,\"Lifter, Mia\",ana@x.test\r\n"
                + "\r\n"
                + "noah@x.test,\"Noah \"\"the ox\"\"\",\n");

    assertEquals(
        List.of(
            new InvitationList.Line(2, "Lifter, Mia", "mia@x.test", null, "ana@x.test"),
            new InvitationList.Line(4, "Noah \"the ox\"", "noah@x.test", null, null)),
        lines);
  }

  @Test
  void refusesAHeaderWithoutNameAndEmailOrWithAnUnknownColumn() {
    assertEquals("header", reason("email\nmia@x.test\n"));
    assertEquals("header", reason("name,email,password\nMia,mia@x.test,secret\n"));
    assertEquals("empty", reason(""));
    assertEquals("quote", reason("name,email\n\"Mia,mia@x.test\n"));
  }

  private static String reason(String text) {
    return assertThrows(InvitationList.Malformed.class, () -> InvitationList.parse(text)).reason();
  }
}
