package com.pullsafe.web.coach;

import com.pullsafe.program.NewAssignment;
import com.pullsafe.programming.CatalogView;
import com.pullsafe.programming.Dose;
import com.pullsafe.programming.Purpose;
import com.pullsafe.web.FormNumbers;
import java.io.Serializable;
import java.util.List;

/**
 * One entry of the catalog on the review page: ticked or not, with sets, the amount of a set in the
 * entry's unit (reps, seconds or minutes), load and tempo, as typed; prefilled with the entry's own
 * dose.
 */
public class AssignmentRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String code;
  private final String name;
  private final String kind;
  private final Dose.Unit unit;
  private final List<Purpose> purposes;
  private final boolean suggested;
  private boolean selected;
  private String sets;
  private String reps;
  private String loadKg;
  private String tempo;

  AssignmentRow(CatalogView entry, boolean suggested) {
    this.code = entry.code().name();
    this.name = entry.name();
    this.kind = entry.kind().name();
    this.unit = entry.dose().unit();
    this.purposes = List.copyOf(entry.purposes());
    this.suggested = suggested;
    this.selected = suggested;
    this.sets = Integer.toString(entry.dose().sets());
    this.reps = Integer.toString(entry.dose().amount());
  }

  /**
   * @param field how the review names this assignment, e.g. {@code assign[0]}
   */
  NewAssignment toNewAssignment(FormNumbers numbers, String field) {
    return new NewAssignment(
        code,
        numbers.whole(field + ".sets", sets),
        numbers.whole(field + ".reps", reps),
        isLoadable() ? numbers.decimal(field + ".loadKg", loadKg) : null,
        isLoadable() ? tempo : null);
  }

  /** Whether a load and a tempo make sense: not for time spent walking. */
  public boolean isLoadable() {
    return unit != Dose.Unit.MINUTES;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getKind() {
    return kind;
  }

  public String getUnit() {
    return unit.name();
  }

  public List<Purpose> getPurposes() {
    return purposes;
  }

  public boolean isSuggested() {
    return suggested;
  }

  public boolean isSelected() {
    return selected;
  }

  public void setSelected(boolean selected) {
    this.selected = selected;
  }

  public String getSets() {
    return sets;
  }

  public void setSets(String sets) {
    this.sets = sets;
  }

  public String getReps() {
    return reps;
  }

  public void setReps(String reps) {
    this.reps = reps;
  }

  public String getLoadKg() {
    return loadKg;
  }

  public void setLoadKg(String loadKg) {
    this.loadKg = loadKg;
  }

  public String getTempo() {
    return tempo;
  }

  public void setTempo(String tempo) {
    this.tempo = tempo;
  }
}
