package com.pullsafe.web.coach;

import com.pullsafe.roster.AthleteView;
import com.pullsafe.roster.Coach;
import com.pullsafe.roster.NewPerson;
import com.pullsafe.roster.RosterService;
import com.pullsafe.web.Feedback;
import com.pullsafe.web.Form;
import com.pullsafe.web.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Backs {@code /coach/athletes.xhtml}: the athletes the caller may see, paged in the database;
 * create, archive, restore, and (tenant admin) reassign to another coach.
 */
@Named
@ViewScoped
public class AthletesBean implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Form CREATE_FORM =
      Form.of("create").input("displayName", "name").input("coachId", "coach");
  private static final Form REASSIGN_FORM = Form.of("reassign").input("coachId", "newCoach");

  @Inject private RosterService roster;
  @Inject private Feedback feedback;
  @Inject private Texts texts;

  private List<CoachChoice> coaches;
  private String name;
  private String email;
  private String password;
  private Long coachId;
  private AthleteView selected;
  private Long newCoachId;

  /** A coach in a select list. */
  public record CoachChoice(long id, String name) implements Serializable {}

  private final LazyDataModel<AthleteView> athletes =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) roster.athleteCount();
        }

        @Override
        public List<AthleteView> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          return roster.athleteViews(first / pageSize, pageSize);
        }

        @Override
        public String getRowKey(AthleteView athlete) {
          return String.valueOf(athlete.id());
        }
      };

  public void load() {
    // Only active coaches take athletes; a deactivated coach's athletes await another one.
    coaches =
        roster.coaches().stream()
            .filter(c -> c.getAccount().isActive())
            .map((Coach c) -> new CoachChoice(c.getId(), c.getDisplayName()))
            .toList();
  }

  public void create() {
    feedback.submit(
        CREATE_FORM,
        () -> {
          AthleteView created =
              roster.getAthlete(
                  roster.createAthlete(new NewPerson(email, name, password), coachId).getId());
          feedback.doneThenShow(
              texts.get("athletes.created", created.displayName()), "/coach/athletes.xhtml");
        });
  }

  public void archive(AthleteView athlete) {
    roster.archive(athlete.id());
    feedback.info(texts.get("athletes.archived", athlete.displayName()));
  }

  public void restore(AthleteView athlete) {
    roster.restore(athlete.id());
    feedback.info(texts.get("athletes.restored", athlete.displayName()));
  }

  public void startReassign(AthleteView athlete) {
    selected = athlete;
    newCoachId = athlete.coachId();
  }

  public void reassign() {
    feedback.submit(
        REASSIGN_FORM,
        () -> {
          AthleteView changed = roster.assignCoach(selected.id(), newCoachId);
          feedback.info(
              texts.get(
                  "athletes.reassigned",
                  changed.displayName(),
                  changed.coachName() == null
                      ? texts.get("athletes.noCoach")
                      : changed.coachName()));
          PrimeFaces.current().executeScript("PF('reassignDialog').hide()");
        });
  }

  public LazyDataModel<AthleteView> getAthletes() {
    return athletes;
  }

  public List<CoachChoice> getCoaches() {
    return coaches;
  }

  public AthleteView getSelected() {
    return selected;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public Long getCoachId() {
    return coachId;
  }

  public void setCoachId(Long coachId) {
    this.coachId = coachId;
  }

  public Long getNewCoachId() {
    return newCoachId;
  }

  public void setNewCoachId(Long newCoachId) {
    this.newCoachId = newCoachId;
  }
}
