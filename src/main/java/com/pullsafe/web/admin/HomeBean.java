package com.pullsafe.web.admin;

import com.pullsafe.identity.EmailUnavailable;
import com.pullsafe.platform.InvalidInput;
import com.pullsafe.roster.Coach;
import com.pullsafe.roster.NewPerson;
import com.pullsafe.roster.Roster;
import com.pullsafe.web.Feedback;
import com.pullsafe.web.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/** Backs {@code /admin/index.xhtml}: the tenant's coaches and athletes; adds a coach. */
@Named("adminHome")
@RequestScoped
public class HomeBean {

  private static final Map<String, String> FIELDS =
      Map.of(
          "email", "coach:email",
          "displayName", "coach:name",
          "password", "coach:password");

  @Inject private Roster roster;
  @Inject private Feedback feedback;
  @Inject private Texts texts;

  private List<Coach> coaches;
  private long athleteCount;
  private String name;
  private String email;
  private String password;

  public void load() {
    coaches = roster.coaches();
    athleteCount = roster.athleteCount();
  }

  public void createCoach() {
    try {
      Coach coach = roster.createCoach(new NewPerson(email, name, password));
      feedback.doneThenShow(
          texts.get("admin.coachCreated", coach.getDisplayName()), "/admin/index.xhtml");
      return;
    } catch (InvalidInput refused) {
      feedback.fieldErrors(refused, FIELDS);
    } catch (EmailUnavailable taken) {
      feedback.fieldErrors(taken.errors(), FIELDS);
    }
    load();
  }

  public List<Coach> getCoaches() {
    return coaches;
  }

  public long getAthleteCount() {
    return athleteCount;
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
}
