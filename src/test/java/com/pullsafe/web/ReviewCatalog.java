package com.pullsafe.web;

import com.pullsafe.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The catalog of exercises on the review page, found by an exercise's name. An entry shows its dose
 * fields only while it is ticked.
 */
final class ReviewCatalog {

  private ReviewCatalog() {}

  /** The exercise's entry. */
  static WebElement row(Browser browser, String exercise) {
    return browser
        .driver()
        .findElement(
            By.xpath(
                "//div[contains(concat(' ', normalize-space(@class), ' '), ' ps-assign ')]"
                    + "[.//*[contains(@class, 'ui-chkbox-label') and normalize-space()='"
                    + exercise
                    + "']]"));
  }

  /** The client id prefix of the exercise's entry, e.g. {@code review:assignments:2}. */
  static String rowId(Browser browser, String exercise) {
    String checkbox =
        row(browser, exercise)
            .findElement(By.cssSelector(".ui-selectbooleancheckbox[id$=':selected']"))
            .getAttribute("id");
    return checkbox.substring(0, checkbox.length() - ":selected".length());
  }

  /** Ticks the exercise, which shows its dose fields, and returns its client id prefix. */
  static String tick(Browser browser, String exercise) {
    String rowId = rowId(browser, exercise);
    browser.tick(rowId + ":selected", true);
    browser.await(By.id(rowId + ":sets"));
    return rowId;
  }
}
