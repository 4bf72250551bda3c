package com.pullsafe.triage;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A SHA-256 fingerprint of what a rule set is: the rule table (each rule's code, level and
 * suggestions, in order), every text of the triage bundle in every language, and the outcome
 * (level, findings with their reasons in every language, suggestions) of every case of {@link
 * TriageCorpus}. A change to a rule, a threshold or a text changes it; the rule-set version is left
 * out, so that a new version is pinned with the fingerprint of what it is.
 */
final class RuleSetFingerprint {

  private RuleSetFingerprint() {}

  static String of(TriageEngine engine, SortedMap<String, String> texts) {
    MessageDigest sha = sha256();
    engine
        .rules()
        .forEach(
            rule ->
                line(
                    sha,
                    "rule "
                        + rule.code()
                        + " "
                        + rule.code().level()
                        + " suggests "
                        + Suggestions.forCode(rule.code())));
    texts.forEach((key, value) -> line(sha, "text " + key + "=" + value));
    for (TriageCorpus.Case c : TriageCorpus.cases()) {
      line(sha, outcome(engine.triage(c.report(), c.history(), c.settings())));
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  /** Every text of the triage bundle, by file and key. */
  static SortedMap<String, String> bundleTexts() {
    SortedMap<String, String> texts = new TreeMap<>();
    for (Locale language : TriageMessages.NOTES_LANGUAGES) {
      String file =
          language.equals(Locale.ENGLISH)
              ? "TriageMessages.properties"
              : "TriageMessages_" + language.getLanguage() + ".properties";
      Properties properties = new Properties();
      try (InputStream in = TriageMessages.class.getResourceAsStream(file)) {
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      properties.forEach((key, value) -> texts.put(file + ":" + key, (String) value));
    }
    return texts;
  }

  private static String outcome(TriageOutcome o) {
    return o.level()
        + " | "
        + o.findings().stream()
            .map(f -> f.code() + ":" + f.level() + ":" + reasons(f))
            .collect(Collectors.joining(" ; "))
        + " | "
        + o.suggestedAlternatives();
  }

  /** The reason in every language, as a stored result keeps it. */
  private static String reasons(Finding f) {
    return TriageMessages.NOTES_LANGUAGES.stream()
        .map(f::reason)
        .collect(Collectors.joining(" / "));
  }

  private static void line(MessageDigest sha, String text) {
    sha.update((text + "\n").getBytes(StandardCharsets.UTF_8));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
