package com.pullsafe.program;

import com.pullsafe.roster.Athlete;
import com.pullsafe.roster.AwaitedClearance;
import com.pullsafe.roster.ClearanceLookup;
import com.pullsafe.triage.Level;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads, inside the caller's transaction, the engine's RED and URGENT results and the clearances
 * that decide whether an athlete awaits clearance (domain brief, "After RED or URGENT"). A report's
 * current triage is its latest one (an amended report keeps the earlier ones); its level is the
 * engine's, never a coach's override. No access rules: callers check the caller first.
 */
@ApplicationScoped
public class ClearanceStops implements ClearanceLookup {

  static final List<Level> STOPS = List.of(Level.RED, Level.URGENT);

  private static final String CURRENT_STOPS =
      "from TriageResult t join t.report r where t.level in :stops"
          + " and not exists (select t2.id from TriageResult t2"
          + " where t2.report = t.report and t2.id > t.id)";

  @PersistenceContext(unitName = "pullsafe")
  private EntityManager em;

  /** The athlete's engine stops and latest clearance: two queries. */
  StopHistory historyOf(Athlete athlete) {
    List<Object[]> rows =
        em.createQuery(
                "select t.level, r.week, t.createdAt " + CURRENT_STOPS + " and r.athlete.id = :id",
                Object[].class)
            .setParameter("stops", STOPS)
            .setParameter("id", athlete.getId())
            .getResultList();
    Instant lastClearance =
        em.createNamedQuery("Clearance.findLatestTime", Instant.class)
            .setParameter("athleteId", athlete.getId())
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .orElse(null);
    return new StopHistory(
        rows.stream().map(row -> stop(row[0], row[1], row[2])).toList(), lastClearance);
  }

  @Override
  public Map<Long, AwaitedClearance> awaitingClearance(Collection<Long> athleteIds) {
    Map<Long, AwaitedClearance> awaited = new HashMap<>();
    if (athleteIds.isEmpty()) {
      return awaited;
    }
    List<Object[]> rows =
        em.createQuery(
                "select r.athlete.id, t.level, r.week, t.createdAt "
                    + CURRENT_STOPS
                    + " and r.athlete.id in :ids"
                    + " and not exists (select c.id from Clearance c"
                    + " where c.athlete.id = r.athlete.id and c.clearedAt >= t.createdAt)",
                Object[].class)
            .setParameter("stops", STOPS)
            .setParameter("ids", athleteIds)
            .getResultList();
    Map<Long, List<StopHistory.Stop>> uncleared = new HashMap<>();
    for (Object[] row : rows) {
      uncleared
          .computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>())
          .add(stop(row[1], row[2], row[3]));
    }
    uncleared.forEach(
        (athleteId, stops) ->
            new StopHistory(stops, null).awaited().ifPresent(a -> awaited.put(athleteId, a)));
    return awaited;
  }

  /** A stop from the columns a query selected: level, week and time of the triage. */
  private static StopHistory.Stop stop(Object level, Object week, Object at) {
    return new StopHistory.Stop(
        level instanceof Level l ? l : Level.valueOf(String.valueOf(level)),
        String.valueOf(week),
        at instanceof Timestamp ts ? ts.toInstant() : (Instant) at);
  }
}
