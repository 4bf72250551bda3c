package com.pullsafe.triage;

import java.util.List;
import java.util.Locale;

/**
 * A text of the triage that can be written in every supported language: a bundle key with its
 * arguments (which may be wordings themselves), a list joined with "and", or a fixed text. The
 * engine's findings carry wordings, so a triage result can keep its texts in every language as they
 * were shown then.
 */
public sealed interface Wording permits Wording.Message, Wording.AndList, Wording.Fixed {

  /** This text in {@code language} (English for a language the bundle lacks). */
  String in(Locale language);

  /** The text of {@code key}; arguments are plain values or wordings. */
  record Message(String key, List<Object> args) implements Wording {

    public Message {
      args = List.copyOf(args);
    }

    @Override
    public String in(Locale language) {
      Object[] rendered = new Object[args.size()];
      for (int i = 0; i < rendered.length; i++) {
        Object arg = args.get(i);
        rendered[i] = arg instanceof Wording wording ? wording.in(language) : arg;
      }
      return TriageMessages.format(language, key, rendered);
    }
  }

  /** "a", "a and b", "a, b and c" in the language's words. */
  record AndList(List<Wording> parts) implements Wording {

    public AndList {
      parts = List.copyOf(parts);
    }

    @Override
    public String in(Locale language) {
      List<String> texts = parts.stream().map(p -> p.in(language)).toList();
      if (texts.size() <= 1) {
        return texts.isEmpty() ? "" : texts.get(0);
      }
      String head = String.join(", ", texts.subList(0, texts.size() - 1));
      return head
          + " "
          + TriageMessages.format(language, "word.and")
          + " "
          + texts.get(texts.size() - 1);
    }
  }

  /** The same text in every language (tests, and the athlete's own words). */
  record Fixed(String text) implements Wording {

    @Override
    public String in(Locale language) {
      return text;
    }
  }
}
