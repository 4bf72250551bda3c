package com.pullsafe.web;

import com.pullsafe.roster.Athlete;
import com.pullsafe.roster.Coach;
import com.pullsafe.roster.Roster;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs the tenant admin's and the coach's start pages: their people. */
@Named
@RequestScoped
public class RosterHome {

  private static final int FIRST_PAGE_SIZE = 50;

  @Inject private Roster roster;

  private List<Athlete> athletes;
  private List<Coach> coaches;

  public List<Athlete> getAthletes() {
    if (athletes == null) {
      athletes = roster.athletes(0, FIRST_PAGE_SIZE);
    }
    return athletes;
  }

  public List<Coach> getCoaches() {
    if (coaches == null) {
      coaches = roster.coaches();
    }
    return coaches;
  }
}
