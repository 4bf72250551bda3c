package com.pullsafe.program;

import com.pullsafe.reports.AthleteReports;
import com.pullsafe.reports.AthleteReports.EngineResult;
import com.pullsafe.roster.Athlete;
import com.pullsafe.roster.AwaitedClearance;
import com.pullsafe.roster.ClearanceLookup;
import com.pullsafe.triage.Level;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads, inside the caller's transaction, the engine's RED and URGENT results and the clearances
 * that decide whether an athlete awaits clearance (domain brief, "After RED or URGENT"). A report's
 * current triage is its latest one (an amended report keeps the earlier ones); its level is the
 * engine's, never a coach's override. No access rules: callers check the caller first.
 */
@ApplicationScoped
public class ClearanceStops implements ClearanceLookup {

  static final List<Level> STOPS = List.of(Level.RED, Level.URGENT);

  @PersistenceContext(unitName = "pullsafe")
  private EntityManager em;

  @Inject private AthleteReports reports;

  /** The athlete's engine stops and latest clearance: two queries. */
  StopHistory historyOf(Athlete athlete) {
    Instant lastClearance =
        em.createNamedQuery("Clearance.findLatestTime", Instant.class)
            .setParameter("athleteId", athlete.getId())
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .orElse(null);
    return new StopHistory(
        reports.currentTriageAt(athlete, STOPS).stream().map(ClearanceStops::stop).toList(),
        lastClearance);
  }

  /** Two queries however many athletes: their engine stops, and their latest clearances. */
  @Override
  public Map<Long, AwaitedClearance> awaitingClearance(Collection<Long> anyAthleteIds) {
    // A page of reports names an athlete once per report; each needs asking once.
    Set<Long> athleteIds = new LinkedHashSet<>(anyAthleteIds);
    Map<Long, AwaitedClearance> awaited = new HashMap<>();
    if (athleteIds.isEmpty()) {
      return awaited;
    }
    List<EngineResult> results = reports.currentTriageAt(athleteIds, STOPS);
    if (results.isEmpty()) {
      return awaited;
    }
    Map<Long, Instant> lastClearances = lastClearances(athleteIds);
    Map<Long, List<StopHistory.Stop>> uncleared = new HashMap<>();
    for (EngineResult result : results) {
      Instant cleared = lastClearances.get(result.athleteId());
      // A clearance at or after a result clears it.
      if (cleared == null || cleared.isBefore(result.at())) {
        uncleared.computeIfAbsent(result.athleteId(), id -> new ArrayList<>()).add(stop(result));
      }
    }
    uncleared.forEach(
        (athleteId, stops) ->
            new StopHistory(stops, null).awaited().ifPresent(a -> awaited.put(athleteId, a)));
    return awaited;
  }

  private Map<Long, Instant> lastClearances(Collection<Long> athleteIds) {
    Map<Long, Instant> latest = new HashMap<>();
    em.createNamedQuery("Clearance.latestTimes", Object[].class)
        .setParameter("ids", athleteIds)
        .getResultList()
        .forEach(
            row ->
                latest.put(
                    ((Number) row[0]).longValue(),
                    row[1] instanceof Timestamp ts ? ts.toInstant() : (Instant) row[1]));
    return latest;
  }

  private static StopHistory.Stop stop(EngineResult result) {
    return new StopHistory.Stop(result.level(), result.week().toString(), result.at());
  }
}
