package com.pullsafe.review;

import com.pullsafe.program.RelearningPrescriptions;
import com.pullsafe.roster.Athlete;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Reads the relearning block a coach prescribed with a review, for the athlete's program. */
@ApplicationScoped
public class PrescribedRelearning implements RelearningPrescriptions {

  @PersistenceContext(unitName = "pullsafe")
  private EntityManager em;

  @Override
  public boolean latestReviewPrescribesRelearning(Athlete athlete) {
    return em.createNamedQuery("Review.relearningByAthlete", Boolean.class)
        .setParameter("athleteId", athlete.getId())
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElse(false);
  }
}
