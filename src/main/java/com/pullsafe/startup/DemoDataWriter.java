package com.pullsafe.startup;

import com.pullsafe.identity.PasswordHasher;
import com.pullsafe.identity.Role;
import com.pullsafe.identity.UserAccount;
import com.pullsafe.program.NewAssignment;
import com.pullsafe.program.ProgramPlanner;
import com.pullsafe.reports.IsoWeek;
import com.pullsafe.reports.NewReport;
import com.pullsafe.reports.ReportRecorder;
import com.pullsafe.reports.ReportStanding;
import com.pullsafe.reports.ReportView;
import com.pullsafe.reports.WeeklyReport;
import com.pullsafe.review.ReviewRecorder;
import com.pullsafe.review.ReviewRequest;
import com.pullsafe.roster.Athlete;
import com.pullsafe.roster.Coach;
import com.pullsafe.tenancy.Tenant;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Writes the demo tenant's rows, one transaction per step (see {@link DemoData}). */
@Stateless
public class DemoDataWriter {

  static final String SLUG = "demo";
  static final List<String> COACHES =
      List.of("coach.ana@demo.test|Ana Costa", "coach.ben@demo.test|Ben Okafor");
  static final List<String> ATHLETES =
      List.of(
          "mia@demo.test|Mia Keller",
          "noah@demo.test|Noah Berg",
          "lea@demo.test|Lea Novak",
          "omar@demo.test|Omar Haddad",
          "sara@demo.test|Sara Lind",
          "tom@demo.test|Tom Reyes");

  @PersistenceContext(unitName = "pullsafe")
  private EntityManager em;

  @Inject private PasswordHasher hasher;
  @Inject private ReportRecorder reports;
  @Inject private ReviewRecorder reviewing;
  @Inject private ReportStanding standing;
  @Inject private ProgramPlanner programs;

  public boolean demoTenantExists() {
    return !em.createNamedQuery("Tenant.findBySlug", Tenant.class)
        .setParameter("slug", SLUG)
        .getResultList()
        .isEmpty();
  }

  public long createTenantAndAccounts() {
    Tenant tenant = new Tenant(SLUG, "Demo Strength Club");
    em.persist(tenant);
    String hash = hasher.hash(DemoData.PASSWORD);
    em.persist(new UserAccount(tenant, "admin@demo.test", "Dana Admin", hash, Role.TENANT_ADMIN));
    for (String coach : COACHES) {
      em.persist(new UserAccount(tenant, email(coach), name(coach), hash, Role.COACH));
    }
    for (String athlete : ATHLETES) {
      em.persist(new UserAccount(tenant, email(athlete), name(athlete), hash, Role.ATHLETE));
    }
    em.flush();
    return tenant.getId();
  }

  /** Runs under the demo tenant: coaches, and three athletes for each. */
  public Void createRoster(long tenantId) {
    List<Coach> coaches = COACHES.stream().map(c -> new Coach(account(email(c)))).toList();
    coaches.forEach(em::persist);
    for (int i = 0; i < ATHLETES.size(); i++) {
      em.persist(new Athlete(account(email(ATHLETES.get(i))), coaches.get(i / 3)));
    }
    return null;
  }

  /**
   * Runs under the demo tenant: four weeks of reports per athlete, triaged by the engine as if
   * submitted on each Sunday evening, then a few reviews and a clearance by their coaches.
   */
  public Void createReports(long tenantId) {
    IsoWeek current = IsoWeek.containing(LocalDate.now(ZoneOffset.UTC));
    Map<String, List<ReportView>> byAthlete = new HashMap<>();
    DemoReports.before(current)
        .forEach(
            (email, weeks) -> {
              Athlete athlete = athlete(email);
              byAthlete.put(
                  email,
                  weeks.stream().map(r -> reports.record(athlete, r, sundayEvening(r))).toList());
            });
    Instant now = Instant.now();
    reviewing.review(
        report(byAthlete, "noah@demo.test", 3),
        new ReviewRequest(
            "CONFIRM",
            null,
            null,
            "Same ache four weeks running: let's rebuild the pull with block pulls and bracing work.",
            List.of(
                new NewAssignment("BLOCK_PULL", 5, 3, new BigDecimal("110"), "3-1-3"),
                new NewAssignment("PLANK", 3, 30, null, null),
                new NewAssignment("PALLOF_PRESS", 3, 10, null, null))),
        "coach.ana@demo.test",
        "Ana Costa",
        now);
    reviewing.review(
        report(byAthlete, "tom@demo.test", 2),
        new ReviewRequest(
            "OVERRIDE",
            "GREEN",
            "Watched the video: the setup was fine; the twinge came from a slip on the warm-up set.",
            "Looks good. Keep the same setup cues and tell me if it comes back.",
            List.of()),
        "coach.ben@demo.test",
        "Ben Okafor",
        now);
    WeeklyReport saraRed = report(byAthlete, "sara@demo.test", 0);
    reviewing.review(
        saraRed,
        new ReviewRequest(
            "CONFIRM", null, null, "Please see your doctor before we pull heavy again.", List.of()),
        "coach.ben@demo.test",
        "Ben Okafor",
        now);
    programs.clear(
        saraRed.getAthlete(),
        "Doctor saw Sara: a passing infection, fine to train. Build back up gradually.",
        "coach.ben@demo.test",
        Clock.fixed(saraRed.getSubmittedAt().plus(Duration.ofDays(4)), ZoneOffset.UTC));
    return null;
  }

  private WeeklyReport report(Map<String, List<ReportView>> byAthlete, String email, int week) {
    return standing.find(byAthlete.get(email).get(week).id()).orElseThrow();
  }

  private static Instant sundayEvening(NewReport report) {
    return IsoWeek.parse(report.getWeek())
        .monday()
        .plusDays(6)
        .atTime(LocalTime.of(18, 0))
        .toInstant(ZoneOffset.UTC);
  }

  private Athlete athlete(String email) {
    return em.createNamedQuery("Athlete.findByAccountEmail", Athlete.class)
        .setParameter("email", email)
        .getSingleResult();
  }

  private UserAccount account(String email) {
    return em.createNamedQuery("UserAccount.findByEmail", UserAccount.class)
        .setParameter("email", email)
        .getSingleResult();
  }

  private static String email(String entry) {
    return entry.substring(0, entry.indexOf('|'));
  }

  private static String name(String entry) {
    return entry.substring(entry.indexOf('|') + 1);
  }
}
