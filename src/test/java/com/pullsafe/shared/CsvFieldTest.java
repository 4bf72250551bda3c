package com.pullsafe.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CsvFieldTest {

  @Test
  void quotesAndDoublesQuotes() {
    assertEquals("\"felt \"\"heavy\"\"\"", CsvField.quoted("felt \"heavy\""));
    assertEquals("\"\"", CsvField.quoted(""));
  }

  @Test
  void everyFormulaStartIsOpenedAsText() {
    for (String start : new String[] {"=", "+", "-", "@", "\t", "\r"}) {
      assertEquals(
          "\"'" + start + "1+1\"", CsvField.quoted(start + "1+1"), "starting with " + start);
    }
  }

  @Test
  void aFormulaCharacterInsideTheValueIsLeftAlone() {
    assertEquals("\"back pain -2\"", CsvField.quoted("back pain -2"));
  }
}
