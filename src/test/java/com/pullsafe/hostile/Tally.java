package com.pullsafe.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What the hostile requests got, by kind and status, and what went wrong. */
final class Tally {

  private static final int FAILURES_SHOWN = 40;

  private final Map<String, Map<Integer, Integer>> statuses = new TreeMap<>();
  private final List<String> failures = new ArrayList<>();
  private int failureCount;

  private final Map<String, Integer> examples = new TreeMap<>();

  void count(String kind, int status) {
    statuses.computeIfAbsent(kind, k -> new TreeMap<>()).merge(status, 1, Integer::sum);
  }

  /** Remembers what kind of damage got a status, to show in the summary. */
  void example(String damage) {
    examples.merge(damage, 1, Integer::sum);
  }

  void fail(String what) {
    failureCount++;
    if (failures.size() < FAILURES_SHOWN) {
      failures.add(what);
    }
  }

  /** The first failures, and how many there were in all. */
  List<String> failures() {
    List<String> shown = new ArrayList<>(failures);
    if (failureCount > failures.size()) {
      shown.add("… and " + (failureCount - failures.size()) + " more");
    }
    return shown;
  }

  int requests() {
    return statuses.values().stream()
        .flatMap(byStatus -> byStatus.values().stream())
        .mapToInt(Integer::intValue)
        .sum();
  }

  /** A table: each kind with its number of requests and the statuses they got. */
  String summary() {
    StringBuilder table = new StringBuilder();
    statuses.forEach(
        (kind, byStatus) -> {
          int total = byStatus.values().stream().mapToInt(Integer::intValue).sum();
          table.append(String.format("  %-32s %5d  ", kind, total));
          byStatus.forEach((status, n) -> table.append(status).append("×").append(n).append(' '));
          table.append('\n');
        });
    if (!examples.isEmpty()) {
      table.append("  refused by the HTTP layer, most often for:\n");
      examples.entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
          .limit(8)
          .forEach(e -> table.append(String.format("    %4d  %s%n", e.getValue(), e.getKey())));
    }
    return table.toString();
  }
}
