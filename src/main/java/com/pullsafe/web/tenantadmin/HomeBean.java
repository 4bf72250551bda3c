package com.pullsafe.web.tenantadmin;

import com.pullsafe.roster.Coach;
import com.pullsafe.roster.RosterService;
import com.pullsafe.roster.StaffMember;
import com.pullsafe.roster.StaffService;
import com.pullsafe.shared.Conflict;
import com.pullsafe.web.Feedback;
import com.pullsafe.web.Form;
import com.pullsafe.web.PersonForm;
import com.pullsafe.web.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.function.LongFunction;

/**
 * Backs {@code /admin/index.xhtml}: the tenant's coaches and admins with their standing, the count
 * of athletes; adds a coach or a tenant admin; deactivates (after a confirmation) and reactivates
 * coaches and other admins. Changes redirect back to the page (post-redirect-get).
 */
@Named("adminHome")
@RequestScoped
public class HomeBean {

  private static final String PAGE = "/admin/index.xhtml";
  private static final Form COACH_FORM = Form.of("coach").input("displayName", "name");
  private static final Form ADMIN_FORM = Form.of("admin").input("displayName", "name");

  @Inject private RosterService roster;
  @Inject private StaffService staff;
  @Inject private Feedback feedback;
  @Inject private Texts texts;
  @Inject private ExternalContext external;

  private List<StaffMember> coaches;
  private List<StaffMember> admins;
  private Long athleteCount;
  private final PersonForm coach = new PersonForm();
  private final PersonForm admin = new PersonForm();

  public void createCoach() {
    feedback.submit(
        COACH_FORM,
        () -> {
          Coach created = roster.createCoach(coach.person());
          feedback.doneThenShow(texts.get("admin.coachCreated", created.getDisplayName()), PAGE);
        });
  }

  public void createAdmin() {
    feedback.submit(
        ADMIN_FORM,
        () -> {
          StaffMember created = staff.addAdmin(admin.person());
          feedback.doneThenShow(texts.get("admin.adminCreated", created.displayName()), PAGE);
        });
  }

  public void deactivateCoach(long coachId) {
    change(staff::deactivateCoach, coachId, "staff.deactivated");
  }

  public void reactivateCoach(long coachId) {
    change(staff::reactivateCoach, coachId, "staff.reactivated");
  }

  public void deactivateAdmin(long accountId) {
    change(staff::deactivateAdmin, accountId, "staff.deactivated");
  }

  public void reactivateAdmin(long accountId) {
    change(staff::reactivateAdmin, accountId, "staff.reactivated");
  }

  private void change(LongFunction<StaffMember> action, long id, String done) {
    try {
      StaffMember changed = action.apply(id);
      feedback.doneThenShow(texts.get(done, changed.displayName()), PAGE);
    } catch (Conflict refused) {
      feedback.error(refused.getMessage());
    }
  }

  /** Whether {@code member} is the signed-in admin, who may not deactivate themself. */
  public boolean isMe(StaffMember member) {
    return external.getUserPrincipal() != null
        && member.email().equals(external.getUserPrincipal().getName());
  }

  public List<StaffMember> getCoaches() {
    if (coaches == null) {
      coaches = staff.coaches();
    }
    return coaches;
  }

  public List<StaffMember> getAdmins() {
    if (admins == null) {
      admins = staff.admins();
    }
    return admins;
  }

  public long getAthleteCount() {
    if (athleteCount == null) {
      athleteCount = roster.athleteCount();
    }
    return athleteCount;
  }

  public PersonForm getCoach() {
    return coach;
  }

  public PersonForm getAdmin() {
    return admin;
  }
}
