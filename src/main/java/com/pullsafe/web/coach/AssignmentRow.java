package com.pullsafe.web.coach;

import com.pullsafe.program.NewAssignment;
import com.pullsafe.programming.CatalogView;
import com.pullsafe.programming.Purpose;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** One entry of the catalog on the review page: ticked or not, with sets, reps, load and tempo. */
public class AssignmentRow implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int DEFAULT_SETS = 3;
  private static final int DEFAULT_REPS = 8;

  private final String code;
  private final String name;
  private final String kind;
  private final List<Purpose> purposes;
  private final boolean suggested;
  private boolean selected;
  private Integer sets = DEFAULT_SETS;
  private Integer reps = DEFAULT_REPS;
  private BigDecimal loadKg;
  private String tempo;

  AssignmentRow(CatalogView entry, boolean suggested) {
    this.code = entry.code().name();
    this.name = entry.name();
    this.kind = entry.kind().name();
    this.purposes = List.copyOf(entry.purposes());
    this.suggested = suggested;
    this.selected = suggested;
  }

  NewAssignment toNewAssignment() {
    return new NewAssignment(code, sets, reps, loadKg, tempo);
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

  public Integer getSets() {
    return sets;
  }

  public void setSets(Integer sets) {
    this.sets = sets;
  }

  public Integer getReps() {
    return reps;
  }

  public void setReps(Integer reps) {
    this.reps = reps;
  }

  public BigDecimal getLoadKg() {
    return loadKg;
  }

  public void setLoadKg(BigDecimal loadKg) {
    this.loadKg = loadKg;
  }

  public String getTempo() {
    return tempo;
  }

  public void setTempo(String tempo) {
    this.tempo = tempo;
  }
}
