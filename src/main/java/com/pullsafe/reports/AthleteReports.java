package com.pullsafe.reports;

import com.pullsafe.roster.Athlete;
import com.pullsafe.triage.FindingCode;
import com.pullsafe.triage.Level;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What the program reads of an athlete's reports (domain brief, "Programming rules" and "After RED
 * or URGENT"), inside the caller's transaction. No access rules: callers check the caller first.
 */
@ApplicationScoped
public class AthleteReports {

  /**
   * A report's current triage is its latest one (an amended report keeps the earlier ones); its
   * level is the engine's, never a coach's override.
   */
  private static final String CURRENT_TRIAGE_AT_LEVELS =
      "from TriageResult t join t.report r where t.level in :levels"
          + " and not exists (select t2.id from TriageResult t2"
          + " where t2.report = t.report and t2.id > t.id)";

  @PersistenceContext(unitName = "pullsafe")
  private EntityManager em;

  /** The heaviest set of the athlete's latest week with one. */
  public record TopSet(BigDecimal kg, Integer reps) {}

  /** The engine's level for one report of an athlete, the report's week and when it was made. */
  public record EngineResult(long athleteId, Level level, IsoWeek week, Instant at) {}

  public Optional<TopSet> latestTopSet(Athlete athlete) {
    return first(
            em.createNamedQuery("WeeklyReport.findLatestTopSet", WeeklyReport.class)
                .setParameter("athleteId", athlete.getId()))
        .map(r -> new TopSet(r.answers().getTopSetKg(), r.answers().getTopSetReps()));
  }

  /** Whether a report of {@code from} or later stands at {@code level} or above. */
  public boolean anyAtLeastSince(Athlete athlete, Level level, IsoWeek from) {
    long count =
        em.createNamedQuery("WeeklyReport.countAtLeastSince", Long.class)
            .setParameter("athleteId", athlete.getId())
            .setParameter("rank", level.ordinal())
            .setParameter("week", from)
            .getSingleResult();
    return count > 0;
  }

  /** Whether the triage of the athlete's latest report found {@code code}. */
  public boolean latestTriageFound(Athlete athlete, FindingCode code) {
    return first(
            em.createNamedQuery("TriageResult.findByAthlete", TriageResult.class)
                .setParameter("athleteId", athlete.getId()))
        .map(t -> t.has(code))
        .orElse(false);
  }

  /** The current triage of each of the athlete's reports that the engine put at one of levels. */
  public List<EngineResult> currentTriageAt(Athlete athlete, Collection<Level> levels) {
    List<Object[]> rows =
        em.createQuery(
                "select t.athleteId, t.level, r.week, t.createdAt "
                    + CURRENT_TRIAGE_AT_LEVELS
                    + " and t.athleteId = :id",
                Object[].class)
            .setParameter("levels", levels)
            .setParameter("id", athlete.getId())
            .getResultList();
    return rows.stream().map(AthleteReports::result).toList();
  }

  /** {@link #currentTriageAt(Athlete, Collection)} for several athletes in one query. */
  public List<EngineResult> currentTriageAt(Collection<Long> athleteIds, Collection<Level> levels) {
    if (athleteIds.isEmpty()) {
      return List.of();
    }
    List<Object[]> rows =
        em.createQuery(
                "select t.athleteId, t.level, r.week, t.createdAt "
                    + CURRENT_TRIAGE_AT_LEVELS
                    + " and t.athleteId in :ids",
                Object[].class)
            .setParameter("levels", levels)
            .setParameter("ids", athleteIds)
            .getResultList();
    return rows.stream().map(AthleteReports::result).toList();
  }

  /** A result from the columns a query selected: athlete, level, week and time of the triage. */
  private static EngineResult result(Object[] row) {
    return new EngineResult(
        ((Number) row[0]).longValue(),
        row[1] instanceof Level l ? l : Level.valueOf(String.valueOf(row[1])),
        row[2] instanceof IsoWeek w ? w : IsoWeek.parse(String.valueOf(row[2])),
        row[3] instanceof Timestamp ts ? ts.toInstant() : (Instant) row[3]);
  }

  private static <T> Optional<T> first(TypedQuery<T> query) {
    return query.setMaxResults(1).getResultStream().findFirst();
  }
}
