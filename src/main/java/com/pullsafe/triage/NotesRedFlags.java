package com.pullsafe.triage;

import com.pullsafe.reports.answers.ReportAnswers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds red-flag signs that an athlete's notes name but the report does not tick (domain brief,
 * NOTES_MENTION_RED_FLAG). The words of each sign live in the triage bundle under {@code
 * notes.redFlag.<field>}, one list per language: alternatives separated by {@code |}; parts joined
 * by {@code +} must all appear in the same sentence; a word ending in {@code *} matches any ending.
 * Notes and words are compared in lower case, and the words quoted back are in lower case too. A
 * mention counts even when negated ("no fever"): the coach reads the notes.
 */
final class NotesRedFlags {

  /** A sign named in the notes: the field, and the athlete's own words that named it. */
  record Mention(String field, String words) {}

  /**
   * Words that must appear in one sentence, and the plain stems they contain: a sentence without
   * every stem cannot match, which saves most regular-expression searches.
   */
  private record Part(Pattern words, List<String> stems) {

    boolean couldBeIn(String sentence) {
      return stems.stream().allMatch(sentence::contains);
    }
  }

  /** Longest stretch of the athlete's words quoted in a reason. */
  static final int QUOTE_MAX = 40;

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?;\\n\\r]+");
  private static final String WORD_CHAR = "[\\p{L}\\p{N}]";

  /** The red-flag signs of the report, in table order, and whether the report ticks each. */
  private static final Map<String, Predicate<ReportAnswers>> TICKED = new LinkedHashMap<>();

  static {
    TICKED.put("saddleNumbness", ReportAnswers::getSaddleNumbness);
    TICKED.put("bladderOrBowelChange", ReportAnswers::getBladderOrBowelChange);
    TICKED.put("progressiveLegWeakness", ReportAnswers::getProgressiveLegWeakness);
    TICKED.put("bothLegs", ReportAnswers::getBothLegs);
    TICKED.put("feverOrUnwell", ReportAnswers::getFeverOrUnwell);
    TICKED.put("recentTrauma", ReportAnswers::getRecentTrauma);
    TICKED.put("constantNightPain", ReportAnswers::getConstantNightPain);
  }

  private static final Map<String, List<List<Part>>> WORDS = compileWords();

  private NotesRedFlags() {}

  /** The field names of the signs the notes can mention, in table order. */
  static List<String> fields() {
    return List.copyOf(TICKED.keySet());
  }

  /** The signs the notes name that the report does not tick, in table order. */
  static List<Mention> untickedIn(ReportAnswers r) {
    if (r.getNotes() == null || r.getNotes().isBlank()) {
      return List.of();
    }
    String lowerCase = r.getNotes().replace('\u2019', '\'').toLowerCase(Locale.ROOT);
    List<String> sentences = List.of(SENTENCE_END.split(lowerCase));
    List<Mention> mentions = new ArrayList<>();
    TICKED.forEach(
        (field, ticked) -> {
          if (!ticked.test(r)) {
            firstMatch(WORDS.get(field), sentences)
                .ifPresent(words -> mentions.add(new Mention(field, words)));
          }
        });
    return mentions;
  }

  private static Optional<String> firstMatch(
      List<List<Part>> alternatives, List<String> sentences) {
    for (String sentence : sentences) {
      for (List<Part> parts : alternatives) {
        if (parts.stream().allMatch(part -> part.couldBeIn(sentence))) {
          Optional<String> found = match(parts, sentence);
          if (found.isPresent()) {
            return found;
          }
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> match(List<Part> parts, String sentence) {
    List<String> found = new ArrayList<>();
    for (Part part : parts) {
      Matcher m = part.words().matcher(sentence);
      if (!m.find()) {
        return Optional.empty();
      }
      found.add(m.group());
    }
    return Optional.of(quote(String.join(" \u2026 ", found)));
  }

  private static String quote(String words) {
    String oneLine = words.replaceAll("\\s+", " ");
    return oneLine.length() <= QUOTE_MAX
        ? oneLine
        : oneLine.substring(0, QUOTE_MAX - 1).strip() + "\u2026";
  }

  private static Map<String, List<List<Part>>> compileWords() {
    Map<String, List<List<Part>>> words = new LinkedHashMap<>();
    for (String field : TICKED.keySet()) {
      List<List<Part>> alternatives = new ArrayList<>();
      for (Locale language : TriageMessages.NOTES_LANGUAGES) {
        String list =
            TriageMessages.textIn(language, "notes.redFlag." + field).toLowerCase(Locale.ROOT);
        for (String alternative : list.split("\\|")) {
          if (!alternative.isBlank()) {
            alternatives.add(parts(alternative));
          }
        }
      }
      words.put(field, List.copyOf(alternatives));
    }
    return words;
  }

  private static List<Part> parts(String alternative) {
    List<Part> parts = new ArrayList<>();
    for (String part : alternative.split("\\+")) {
      if (!part.isBlank()) {
        parts.add(part(part.strip()));
      }
    }
    return parts;
  }

  /** A phrase starting at a word start; each word whole, or with any ending when it ends in *. */
  private static Part part(String phrase) {
    List<String> stems = new ArrayList<>();
    List<String> words = new ArrayList<>();
    for (String word : phrase.split("\\s+")) {
      boolean anyEnding = word.endsWith("*");
      String stem = anyEnding ? word.substring(0, word.length() - 1) : word;
      stems.add(stem);
      words.add(Pattern.quote(stem) + (anyEnding ? WORD_CHAR + "*" : "(?!" + WORD_CHAR + ")"));
    }
    return new Part(
        Pattern.compile("(?<!" + WORD_CHAR + ")" + String.join("\\s+", words)), List.copyOf(stems));
  }
}
