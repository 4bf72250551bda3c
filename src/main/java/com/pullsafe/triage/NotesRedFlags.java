package com.pullsafe.triage;

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
 * Case is ignored. A mention counts even when negated ("no fever"): the coach reads the notes.
 */
final class NotesRedFlags {

  /** A sign named in the notes: the field, and the athlete's own words that named it. */
  record Mention(String field, String words) {}

  /** Longest stretch of the athlete's words quoted in a reason. */
  static final int QUOTE_MAX = 40;

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?;\\n\\r]+");
  private static final String WORD_CHAR = "[\\p{L}\\p{N}]";

  /** The red-flag signs of the report, in table order, and whether the report ticks each. */
  private static final Map<String, Predicate<ReportFacts>> TICKED = new LinkedHashMap<>();

  static {
    TICKED.put("saddleNumbness", ReportFacts::saddleNumbness);
    TICKED.put("bladderOrBowelChange", ReportFacts::bladderOrBowelChange);
    TICKED.put("progressiveLegWeakness", ReportFacts::progressiveLegWeakness);
    TICKED.put("bothLegs", ReportFacts::bothLegs);
    TICKED.put("feverOrUnwell", ReportFacts::feverOrUnwell);
    TICKED.put("recentTrauma", ReportFacts::recentTrauma);
    TICKED.put("constantNightPain", ReportFacts::constantNightPain);
  }

  private static final Map<String, List<List<Pattern>>> WORDS = compileWords();

  private NotesRedFlags() {}

  /** The field names of the signs the notes can mention, in table order. */
  static List<String> fields() {
    return List.copyOf(TICKED.keySet());
  }

  /** The signs the notes name that the report does not tick, in table order. */
  static List<Mention> untickedIn(ReportFacts r) {
    if (r.notes() == null || r.notes().isBlank()) {
      return List.of();
    }
    List<String> sentences = List.of(SENTENCE_END.split(r.notes().replace('\u2019', '\'')));
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
      List<List<Pattern>> alternatives, List<String> sentences) {
    for (String sentence : sentences) {
      for (List<Pattern> parts : alternatives) {
        List<String> found = new ArrayList<>();
        for (Pattern part : parts) {
          Matcher m = part.matcher(sentence);
          if (!m.find()) {
            break;
          }
          found.add(m.group());
        }
        if (found.size() == parts.size()) {
          return Optional.of(quote(String.join(" \u2026 ", found)));
        }
      }
    }
    return Optional.empty();
  }

  private static String quote(String words) {
    String oneLine = words.replaceAll("\\s+", " ");
    return oneLine.length() <= QUOTE_MAX
        ? oneLine
        : oneLine.substring(0, QUOTE_MAX - 1).strip() + "\u2026";
  }

  private static Map<String, List<List<Pattern>>> compileWords() {
    Map<String, List<List<Pattern>>> words = new LinkedHashMap<>();
    for (String field : TICKED.keySet()) {
      List<List<Pattern>> alternatives = new ArrayList<>();
      for (Locale language : TriageMessages.NOTES_LANGUAGES) {
        String list = TriageMessages.textIn(language, "notes.redFlag." + field);
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

  private static List<Pattern> parts(String alternative) {
    List<Pattern> parts = new ArrayList<>();
    for (String part : alternative.split("\\+")) {
      if (!part.isBlank()) {
        parts.add(phrase(part.strip()));
      }
    }
    return parts;
  }

  /** A phrase starting at a word start; each word whole, or with any ending when it ends in *. */
  private static Pattern phrase(String phrase) {
    List<String> words = new ArrayList<>();
    for (String word : phrase.split("\\s+")) {
      words.add(
          word.endsWith("*")
              ? Pattern.quote(word.substring(0, word.length() - 1)) + WORD_CHAR + "*"
              : Pattern.quote(word) + "(?!" + WORD_CHAR + ")");
    }
    return Pattern.compile(
        "(?<!" + WORD_CHAR + ")" + String.join("\\s+", words),
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
