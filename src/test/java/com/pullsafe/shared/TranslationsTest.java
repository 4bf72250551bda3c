package com.pullsafe.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every message bundle under {@code src/main/resources} (a {@code .properties} file without a
 * language suffix) is complete in every {@link Language#SUPPORTED supported language}: the same
 * keys, no empty text, the same placeholders ({0}, {max}), and UTF-8 that Java reads as written.
 */
class TranslationsTest {

  private static final Path RESOURCES = Path.of("src/main/resources");
  private static final Pattern TRANSLATION = Pattern.compile(".*_[a-z]{2}\\.properties");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)[,}]");

  /**
   * Each bundle with each language other than English: "com/pullsafe/web/Messages.properties de".
   */
  static Stream<String> bundlesAndLanguages() throws IOException {
    List<String> pairs = new ArrayList<>();
    for (Path bundle : bundles()) {
      for (Locale language : Language.SUPPORTED) {
        if (!Language.isEnglish(language)) {
          pairs.add(RESOURCES.relativize(bundle) + " " + language.getLanguage());
        }
      }
    }
    return pairs.stream();
  }

  @Test
  void theBundlesAreFound() throws IOException {
    List<String> names = bundles().stream().map(p -> p.getFileName().toString()).toList();

    assertTrue(names.contains("Messages.properties"), names::toString);
    assertTrue(names.contains("ValidationMessages.properties"), names::toString);
    assertTrue(names.contains("TriageMessages.properties"), names::toString);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bundlesAndLanguages")
  void everyKeyIsInBothLanguages(String bundleAndLanguage) throws IOException {
    Properties english = load(english(bundleAndLanguage));
    Properties translated = load(translation(bundleAndLanguage));

    assertEquals(
        new TreeSet<>(english.stringPropertyNames()),
        new TreeSet<>(translated.stringPropertyNames()),
        () ->
            "keys differ: only in English "
                + missing(english, translated)
                + ", only in the translation "
                + missing(translated, english));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bundlesAndLanguages")
  void noTextIsEmpty(String bundleAndLanguage) throws IOException {
    for (Path file : List.of(english(bundleAndLanguage), translation(bundleAndLanguage))) {
      load(file)
          .forEach(
              (key, value) ->
                  assertFalse(value.toString().isBlank(), () -> file + ": " + key + " is empty"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bundlesAndLanguages")
  void placeholdersMatchBetweenTheLanguages(String bundleAndLanguage) throws IOException {
    Properties english = load(english(bundleAndLanguage));
    Properties translated = load(translation(bundleAndLanguage));
    Map<String, String> differences = new TreeMap<>();
    for (String key : english.stringPropertyNames()) {
      String other = translated.getProperty(key);
      if (other != null && !placeholders(english.getProperty(key)).equals(placeholders(other))) {
        differences.put(key, english.getProperty(key) + " | " + other);
      }
    }

    assertEquals(Map.of(), differences);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bundlesAndLanguages")
  void theFilesAreUtf8(String bundleAndLanguage) throws IOException {
    for (Path file : List.of(english(bundleAndLanguage), translation(bundleAndLanguage))) {
      try {
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(Files.readAllBytes(file)));
      } catch (CharacterCodingException e) {
        throw new AssertionError(file + " is not UTF-8", e);
      }
    }
  }

  @Test
  void aMissingKeyIsSeen() {
    Properties english = new Properties();
    english.setProperty("a", "x");
    english.setProperty("b", "y");
    Properties german = new Properties();
    german.setProperty("a", "x");

    assertEquals(Set.of("b"), missing(english, german));
  }

  @Test
  void placeholdersAreReadFromPatternsAndChoices() {
    assertEquals(
        Set.of("0", "1", "max"), placeholders("{1} of {0,choice,0#none|1<{0}} up to {max}"));
  }

  @Test
  void umlautsAreReadAsWritten() {
    assertEquals(
        "Gelb und höher",
        ResourceBundle.getBundle("com.pullsafe.web.Messages", Locale.GERMAN)
            .getString("queue.filter.allFlagged"));
  }

  private static List<Path> bundles() throws IOException {
    try (Stream<Path> files = Files.walk(RESOURCES)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".properties"))
          .filter(p -> !TRANSLATION.matcher(p.getFileName().toString()).matches())
          .sorted()
          .toList();
    }
  }

  private static Path english(String bundleAndLanguage) {
    return RESOURCES.resolve(bundleAndLanguage.split(" ")[0]);
  }

  private static Path translation(String bundleAndLanguage) {
    String[] parts = bundleAndLanguage.split(" ");
    Path english = RESOURCES.resolve(parts[0]);
    String name = english.getFileName().toString().replace(".properties", "");
    return english.resolveSibling(name + "_" + parts[1] + ".properties");
  }

  private static Properties load(Path file) throws IOException {
    assertTrue(Files.exists(file), () -> file + " is missing");
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(in);
    }
    return properties;
  }

  private static Set<String> missing(Properties in, Properties from) {
    Set<String> keys = new TreeSet<>(in.stringPropertyNames());
    keys.removeAll(from.stringPropertyNames());
    return keys;
  }

  static Set<String> placeholders(String text) {
    Set<String> names = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }
}
