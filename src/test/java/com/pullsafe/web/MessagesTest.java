package com.pullsafe.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.pullsafe.audit.AuditAction;
import com.pullsafe.programming.Dose;
import com.pullsafe.review.CoachDecision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every code the pages turn into words has its words in the bundle. */
class MessagesTest {

  private static final ResourceBundle BUNDLE =
      ResourceBundle.getBundle("com.pullsafe.web.Messages", Locale.ENGLISH);

  @Test
  void everyNextStepAfterAReviewHasItsText() {
    List<String> missing = new ArrayList<>();
    for (CoachDecision.NextStep step : CoachDecision.NextStep.values()) {
      check(missing, "decision.next." + step);
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void everyDoseUnitHasItsLabels() {
    List<String> missing = new ArrayList<>();
    for (Dose.Unit unit : Dose.Unit.values()) {
      check(missing, "assign.sets." + unit);
      check(missing, "assign.amount." + unit);
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void everyAuditActionHasItsName() {
    List<String> missing = new ArrayList<>();
    for (AuditAction action : AuditAction.values()) {
      check(missing, "audit.action." + action);
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void noBundleDefinesAKeyTwice() throws IOException {
    List<String> twice = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
        Set<String> keys = new HashSet<>();
        for (String line : Files.readAllLines(file)) {
          String entry = line.strip();
          if (entry.isEmpty() || entry.startsWith("#") || !entry.contains("=")) {
            continue;
          }
          String key = entry.substring(0, entry.indexOf('=')).strip();
          if (!keys.add(key)) {
            twice.add(file.getFileName() + ": " + key);
          }
        }
      }
    }
    assertEquals(List.of(), twice);
  }

  private static void check(List<String> missing, String key) {
    if (!BUNDLE.containsKey(key)) {
      missing.add(key);
    }
  }
}
