package com.pullsafe.review;

import com.pullsafe.identity.Role;
import com.pullsafe.roster.AthleteAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The reviews of the signed-in athlete's reports, newest week first, in one query (domain brief,
 * "They see ... their coach's notes").
 */
@Stateless
@RolesAllowed(Role.ATHLETE_NAME)
public class CoachNotes {

  @PersistenceContext(unitName = "pullsafe")
  private EntityManager em;

  @Inject private AthleteAccess access;

  public List<ReviewView> mine(int size) {
    return em
        .createQuery(
            "select v from Review v join fetch v.report r where r.athlete.id = :athleteId"
                + " order by r.week desc, v.id desc",
            Review.class)
        .setParameter("athleteId", access.callerAthlete().getId())
        .setMaxResults(size)
        .getResultList()
        .stream()
        .map(Review::view)
        .toList();
  }
}
