package com.pullsafe.triage;

import com.pullsafe.reports.answers.ReportAnswers;
import java.util.List;
import java.util.Optional;

/**
 * AMBER: the notes name a red-flag sign that the report does not tick (numb groin or saddle,
 * bladder or bowel trouble, both legs, weakness, fever, a fall, night pain). The coach reads the
 * notes and asks; the words are in the triage bundle, per language ({@link NotesRedFlags}).
 */
public final class NotesMentionRedFlagRule implements TriageRule {

  @Override
  public FindingCode code() {
    return FindingCode.NOTES_MENTION_RED_FLAG;
  }

  @Override
  public Optional<Finding> evaluate(ReportAnswers r, AthleteHistory h, TriageSettings s) {
    List<NotesRedFlags.Mention> mentions = NotesRedFlags.untickedIn(r);
    if (mentions.isEmpty()) {
      return Optional.empty();
    }
    List<Wording> named =
        mentions.stream()
            .map(
                m ->
                    TriageMessages.wording(
                        "notes.mention", TriageMessages.wording("sign." + m.field()), m.words()))
            .toList();
    return Optional.of(
        Finding.of(code(), TriageMessages.reason(code(), TriageMessages.joinAnd(named))));
  }
}
