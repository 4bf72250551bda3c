package com.pullsafe.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A {@code <ui:param>} maps its name for everything the page includes, so a loop variable of the
 * same name in the page, an include or a tag silently reads the parameter instead (the coach's
 * athlete page failed because its athlete {@code a} hid the assignments' loop variable {@code a}).
 * No page may use a name both ways.
 */
class PageVariablesTest {

  private static final Path WEBAPP = Path.of("src/main/webapp");
  private static final Pattern PARAM = Pattern.compile("<ui:param\\s+name=\"([^\"]+)\"");
  private static final Pattern VAR = Pattern.compile("\\svar=\"([^\"]+)\"");
  private static final Pattern INCLUDE =
      Pattern.compile(
          "(?:<ui:include\\s+src|<ui:(?:composition|decorate)\\s+template)=\"([^\"]+)\"");
  private static final Pattern TAG = Pattern.compile("<ps:([a-zA-Z]+)");
  private static final Pattern TAG_SOURCE =
      Pattern.compile("<tag-name>([^<]+)</tag-name>\\s*<source>([^<]+)</source>");

  @Test
  void noPageUsesANameAsBothParameterAndLoopVariable() throws IOException {
    Map<String, Set<String>> clashes = new TreeMap<>();
    for (Path page : pages()) {
      Set<String> params = new LinkedHashSet<>();
      Set<String> vars = new LinkedHashSet<>();
      for (Path file : withEverythingItUses(page)) {
        String text = read(file);
        params.addAll(all(PARAM, text));
        vars.addAll(all(VAR, text));
      }
      params.retainAll(vars);
      if (!params.isEmpty()) {
        clashes.put(WEBAPP.relativize(page).toString(), params);
      }
    }

    assertEquals(Map.of(), clashes);
  }

  @Test
  void theCheckSeesIncludesAndTags() throws IOException {
    Path athletePage = WEBAPP.resolve("coach/athlete.xhtml");
    Set<Path> used = withEverythingItUses(athletePage);

    assertTrue(used.stream().anyMatch(p -> p.endsWith("program-summary.xhtml")), used.toString());
    assertTrue(used.stream().anyMatch(p -> p.endsWith("tags/assignment.xhtml")), used.toString());
    assertTrue(used.stream().anyMatch(p -> p.endsWith("layout.xhtml")), used.toString());
  }

  private static List<Path> pages() throws IOException {
    try (Stream<Path> files = Files.walk(WEBAPP)) {
      return files
          .filter(p -> p.toString().endsWith(".xhtml"))
          .filter(p -> !WEBAPP.relativize(p).startsWith("WEB-INF"))
          .sorted()
          .toList();
    }
  }

  /** The page, and the includes and tags it uses, transitively. */
  private static Set<Path> withEverythingItUses(Path page) throws IOException {
    Map<String, Path> tags = tagSources();
    Set<Path> seen = new LinkedHashSet<>();
    Deque<Path> todo = new ArrayDeque<>(List.of(page));
    while (!todo.isEmpty()) {
      Path file = todo.removeFirst();
      if (!seen.add(file)) {
        continue;
      }
      String text = read(file);
      for (String src : all(INCLUDE, text)) {
        todo.add(WEBAPP.resolve(src.replaceFirst("^/", "")));
      }
      for (String tag : all(TAG, text)) {
        Path source = tags.get(tag);
        if (source == null) {
          throw new AssertionError(file + " uses the unknown tag ps:" + tag);
        }
        todo.add(source);
      }
    }
    return seen;
  }

  private static Map<String, Path> tagSources() {
    Map<String, Path> tags = new HashMap<>();
    Matcher m = TAG_SOURCE.matcher(read(WEBAPP.resolve("WEB-INF/pullsafe.taglib.xml")));
    while (m.find()) {
      tags.put(m.group(1), WEBAPP.resolve("WEB-INF").resolve(m.group(2)));
    }
    return tags;
  }

  private static Set<String> all(Pattern pattern, String text) {
    Set<String> found = new LinkedHashSet<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
