package com.pullsafe.review.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.alerts.AlertMail;
import com.pullsafe.alerts.NotificationService;
import com.pullsafe.alerts.NotificationView;
import com.pullsafe.program.ProgramService;
import com.pullsafe.program.ProgramView;
import com.pullsafe.reports.IsoWeek;
import com.pullsafe.reports.NewReport;
import com.pullsafe.reports.ReportAlreadySubmitted;
import com.pullsafe.reports.ReportService;
import com.pullsafe.reports.ReportView;
import com.pullsafe.reports.ReviewStatus;
import com.pullsafe.review.QueueFilter;
import com.pullsafe.review.QueueItem;
import com.pullsafe.review.QueuePage;
import com.pullsafe.review.ReviewQueueService;
import com.pullsafe.review.ReviewRequest;
import com.pullsafe.review.ReviewService;
import com.pullsafe.roster.AthleteView;
import com.pullsafe.roster.RosterService;
import com.pullsafe.settings.SettingsView;
import com.pullsafe.settings.TenantSettingsService;
import com.pullsafe.shared.Conflict;
import com.pullsafe.shared.InvalidInput;
import com.pullsafe.shared.NotFound;
import com.pullsafe.tenancy.TenantContext;
import com.pullsafe.testing.Deployments;
import com.pullsafe.triage.FindingCode;
import com.pullsafe.triage.Level;
import com.pullsafe.triage.TriageEngine;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Report submission, triage, queue, review, program, clearance and notifications on the deployed
 * WAR with a real PostgreSQL, called as the users of the demo tenant and of a second tenant.
 */
@ExtendWith(ArquillianExtension.class)
class ReviewFlowIT {

  private static final String ANA = "coach.ana@demo.test";
  private static final IsoWeek NOW_WEEK = IsoWeek.containing(LocalDate.now(ZoneOffset.UTC));
  private static final Instant BASE = Instant.now().minus(Duration.ofDays(2));

  @Deployment
  static WebArchive deployment() {
    return Deployments.builtWar()
        .addClasses(
            ReviewFlowIT.class,
            ReportProbe.class,
            Callers.class,
            AsAna.class,
            AsBen.class,
            AsDemoAdmin.class,
            AsMia.class,
            AsOtherAdmin.class,
            Deployments.class)
        // Awaitility (and the Hamcrest it uses) runs inside the server with the test.
        .addPackages(true, "org.awaitility", "org.hamcrest");
  }

  @Inject private ReportProbe probe;
  @Inject private AsAna ana;
  @Inject private AsBen ben;
  @Inject private AsDemoAdmin admin;
  @Inject private AsMia mia;
  @Inject private AsOtherAdmin otherAdmin;
  @Inject private ReportService reports;
  @Inject private ReviewQueueService queue;
  @Inject private ReviewService reviews;
  @Inject private ProgramService programs;
  @Inject private RosterService roster;
  @Inject private NotificationService notifications;
  @Inject private TenantSettingsService settings;
  @Inject private AlertMail alertMail;

  private long demo;

  @BeforeEach
  void tenants() {
    demo = probe.demoTenant();
    probe.otherTenant();
  }

  private long newAthleteOfAna() {
    return TenantContext.runAs(demo, () -> probe.newAthlete(ANA));
  }

  private ReportView record(long athleteId, NewReport report, Duration after) {
    return TenantContext.runAs(demo, () -> probe.record(athleteId, report, BASE.plus(after)));
  }

  private static String week(int weeksAgo) {
    return NOW_WEEK.minusWeeks(weeksAgo).toString();
  }

  private static NewReport setupFault(String week) {
    return NewReport.builder(week)
        .topSet("100", 3)
        .pain(3, "DULL", "LOCALIZED", true, "START_OF_PULL", 1)
        .walking(110)
        .build();
  }

  @Test
  void theDemoTenantShowsEveryLevel() {
    Set<Level> levels =
        admin.call(() -> roster.athleteViews(0, 50)).stream()
            .map(AthleteView::statusLevel)
            .filter(l -> l != null)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Level.class)));

    assertEquals(EnumSet.allOf(Level.class), levels);
  }

  @Test
  void aSubmittedReportIsTriagedStoredAndQueuedMostSevereThenOldestFirst() {
    long athlete = newAthleteOfAna();
    ReportView amberOld = record(athlete, setupFault(week(8)), Duration.ZERO);
    ReportView red =
        record(
            athlete,
            NewReport.builder(week(7))
                .pain(2, "BURNING", "LOCALIZED", false, "DURING_SET", null)
                .radiatesToLeg()
                .walking(110)
                .build(),
            Duration.ofHours(1));
    ReportView green =
        record(
            athlete,
            NewReport.builder(week(6)).topSet("100", 3).walking(110).build(),
            Duration.ofHours(2));
    ReportView urgent =
        record(
            athlete,
            NewReport.builder(week(5)).topSet("100", 3).saddleNumbness().walking(110).build(),
            Duration.ofHours(3));
    ReportView amberNew =
        record(
            athlete,
            NewReport.builder(week(4)).topSet("110", 3).walking(110).build(),
            Duration.ofHours(4));

    assertEquals(Level.GREEN, green.level());
    assertTrue(
        amberNew.findings().stream().anyMatch(f -> f.code() == FindingCode.OVERLOAD_TOO_SOON));
    ReportView stored = ana.call(() -> reports.getReport(red.id()));
    assertEquals(Level.RED, stored.level());
    assertEquals(FindingCode.DISC_IRRITATION, stored.findings().get(0).code());
    assertEquals(TriageEngine.RULE_SET_VERSION, stored.ruleSetVersion());
    assertFalse(stored.findings().get(0).reason().isBlank());

    QueuePage page =
        ana.call(() -> queue.page(new QueueFilter(null, ReviewStatus.OPEN, athlete), 0, 10));
    assertEquals(
        List.of(urgent.id(), red.id(), amberOld.id(), amberNew.id()),
        page.items().stream().map(QueueItem::reportId).toList());
    assertEquals(4, page.total());

    QueuePage firstTwo =
        ana.call(() -> queue.page(new QueueFilter(null, ReviewStatus.OPEN, athlete), 0, 2));
    QueuePage nextTwo =
        ana.call(() -> queue.page(new QueueFilter(null, ReviewStatus.OPEN, athlete), 1, 2));
    assertEquals(
        List.of(urgent.id(), red.id()),
        firstTwo.items().stream().map(QueueItem::reportId).toList());
    assertEquals(
        List.of(amberOld.id(), amberNew.id()),
        nextTwo.items().stream().map(QueueItem::reportId).toList());
    assertEquals(
        List.of(amberOld.id(), amberNew.id()),
        ana
            .call(() -> queue.page(new QueueFilter(Level.AMBER, null, athlete), 0, 10))
            .items()
            .stream()
            .map(QueueItem::reportId)
            .toList());

    List<QueueItem> whole = ana.call(() -> queue.page(QueueFilter.open(), 0, 200)).items();
    List<QueueItem> sorted = new ArrayList<>(whole);
    sorted.sort(
        java.util.Comparator.comparing((QueueItem i) -> i.level())
            .reversed()
            .thenComparing(QueueItem::submittedAt));
    assertEquals(
        sorted.stream().map(QueueItem::level).toList(),
        whole.stream().map(QueueItem::level).toList());
  }

  @Test
  void aSecondReportForAWeekAndAFutureWeekAreRefused() {
    long athlete = newAthleteOfAna();
    record(athlete, setupFault(week(3)), Duration.ZERO);

    assertThrows(
        ReportAlreadySubmitted.class,
        () -> record(athlete, setupFault(week(3)), Duration.ofHours(1)));
    InvalidInput future =
        assertThrows(
            InvalidInput.class,
            () -> record(athlete, setupFault(NOW_WEEK.plusWeeks(2).toString()), Duration.ZERO));
    assertEquals("week", future.errors().get(0).field());
  }

  @Test
  void historiesDriveOverloadRecurringPainAndTheReducedCap() {
    long athlete = newAthleteOfAna();
    NewReport.Builder aching =
        NewReport.builder(week(3))
            .topSet("140", 3)
            .pain(4, "DULL", "LOCALIZED", false, "DURING_SET", 2)
            .walking(110);
    record(athlete, aching.build(), Duration.ZERO);
    record(
        athlete,
        NewReport.builder(week(2))
            .topSet("140", 3)
            .pain(4, "DULL", "LOCALIZED", false, "DURING_SET", 2)
            .walking(110)
            .build(),
        Duration.ofHours(1));
    ReportView third =
        record(
            athlete,
            NewReport.builder(week(1))
                .topSet("140", 3)
                .pain(4, "DULL", "LOCALIZED", false, "DURING_SET", 2)
                .walking(110)
                .build(),
            Duration.ofHours(2));

    assertTrue(third.findings().stream().anyMatch(f -> f.code() == FindingCode.RECURRING_PAIN));
    ProgramView program = ana.call(() -> programs.programOf(athlete));
    assertTrue(program.clearedForHeavyPulling());
    assertEquals(0, new BigDecimal("2.5").compareTo(program.progressionCapPercent()));
    assertEquals(0, new BigDecimal("142.5").compareTo(program.nextTopSetMaxKg()));
    assertEquals(0, new BigDecimal("154.0").compareTo(program.estimatedOneRepMaxKg()));
    assertNotNull(program.relearningBlock());
    // e1RM 154 kg: 75-80 % is 115.5-123.2 kg; lower load rounded up, upper down to 2.5 kg plates.
    assertEquals(0, new BigDecimal("117.5").compareTo(program.relearningBlock().loadMinKg()));
    assertEquals(0, new BigDecimal("122.5").compareTo(program.relearningBlock().loadMaxKg()));
  }

  @Test
  void anOverrideWithoutAReasonIsRefusedAndChangesNothing() {
    long athlete = newAthleteOfAna();
    ReportView report = record(athlete, setupFault(week(2)), Duration.ZERO);

    InvalidInput refused =
        assertThrows(
            InvalidInput.class,
            () ->
                ana.call(() -> reviews.review(report.id(), ReviewRequest.override("GREEN", " "))));
    assertEquals("reason", refused.errors().get(0).field());
    assertEquals(ReviewStatus.OPEN, ana.call(() -> reports.getReport(report.id())).reviewStatus());

    ana.call(
        () ->
            reviews.review(
                report.id(), ReviewRequest.override("GREEN", "Video shows a clean setup")));
    ReportView after = ana.call(() -> reports.getReport(report.id()));
    assertEquals(Level.GREEN, after.level());
    assertEquals(Level.AMBER, after.triageLevel());
    assertEquals(ReviewStatus.REVIEWED, after.reviewStatus());
    assertThrows(
        Conflict.class,
        () -> ana.call(() -> reviews.review(report.id(), ReviewRequest.confirm(null))));
  }

  @Test
  void twoConcurrentReviewsOfOneReportYieldOneConflict() throws Exception {
    long athlete = newAthleteOfAna();
    ReportView report = record(athlete, setupFault(week(2)), Duration.ZERO);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<String>> outcomes = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        boolean byCoach = i == 0;
        outcomes.add(
            pool.submit(
                () -> {
                  start.await();
                  try {
                    if (byCoach) {
                      ana.call(
                          () -> reviews.review(report.id(), ReviewRequest.confirm("by coach")));
                    } else {
                      admin.call(
                          () ->
                              reviews.review(
                                  report.id(), ReviewRequest.override("RED", "by admin")));
                    }
                    return "ok";
                  } catch (Conflict e) {
                    return "conflict";
                  }
                }));
      }
      start.countDown();
      List<String> results = new ArrayList<>();
      for (Future<String> f : outcomes) {
        results.add(f.get(60, TimeUnit.SECONDS));
      }
      Collections.sort(results);
      assertEquals(List.of("conflict", "ok"), results);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void redStopsHeavyPullingUntilTheCoachClearsAndTheCoachIsNotified() throws Exception {
    long athlete = newAthleteOfAna();
    record(
        athlete, NewReport.builder(week(2)).topSet("120", 3).walking(110).build(), Duration.ZERO);
    ReportView red =
        record(
            athlete,
            NewReport.builder(week(1))
                .topSet("120", 3)
                .pain(3, "SHARP", "LOCALIZED", false, "DURING_SET", null)
                .popFelt()
                .walking(110)
                .build(),
            Duration.ofHours(1));

    ProgramView stopped = ana.call(() -> programs.programOf(athlete));
    assertFalse(stopped.clearedForHeavyPulling());
    assertNull(stopped.nextTopSetMaxKg());
    assertTrue(stopped.walkingAllowed());

    NotificationView note =
        ana.call(() -> notifications.mine(0, 50)).stream()
            .filter(n -> n.reportId() == red.id())
            .findFirst()
            .orElseThrow();
    assertEquals(Level.RED, note.level());
    // The report is stored first; its mail goes out after commit, to the test's SMTP server.
    awaitMailTried(red.id());
    assertEquals(
        List.of("SENT after 1"), TenantContext.runAs(demo, () -> probe.mailOutcomes(red.id())));

    assertThrows(InvalidInput.class, () -> ana.call(() -> programs.clear(athlete, " ")));
    ana.call(() -> programs.clear(athlete, "Physio checked: fine to build up again"));
    assertTrue(ana.call(() -> programs.programOf(athlete)).clearedForHeavyPulling());
    assertThrows(Conflict.class, () -> ana.call(() -> programs.clear(athlete, "again")));
  }

  @Test
  void anUrgentReportOfAnAthleteWithoutACoachNotifiesEveryTenantAdminAndNoCoach() {
    long other = probe.otherTenant();
    String secondAdmin = "second-admin@" + ReportProbe.OTHER_SLUG + ".test";
    TenantContext.runAs(other, () -> probe.tenantAdmin(ReportProbe.OTHER_ADMIN, secondAdmin));
    long athlete =
        TenantContext.runAs(other, () -> probe.newAthleteWithoutCoach(ReportProbe.OTHER_ADMIN));

    ReportView urgent =
        TenantContext.runAs(
            other,
            () ->
                probe.record(
                    athlete,
                    NewReport.builder(week(1))
                        .topSet("100", 3)
                        .saddleNumbness()
                        .walking(110)
                        .build(),
                    BASE));

    assertEquals(
        List.of(ReportProbe.OTHER_ADMIN, secondAdmin),
        TenantContext.runAs(other, () -> probe.notified(urgent.id())));
    NotificationView seen =
        otherAdmin.call(() -> notifications.mine(0, 50)).stream()
            .filter(n -> n.reportId() == urgent.id())
            .findFirst()
            .orElseThrow();
    assertEquals(Level.URGENT, seen.level());
    assertTrue(
        ana.call(() -> notifications.mine(0, 200)).stream()
            .noneMatch(n -> n.reportId() == urgent.id()));
  }

  @Test
  void aRedReportOfACoachedAthleteNotifiesTheCoachOnly() {
    long athlete = newAthleteOfAna();
    ReportView red =
        record(
            athlete,
            NewReport.builder(week(1))
                .pain(2, "BURNING", "LOCALIZED", false, "DURING_SET", null)
                .radiatesToLeg()
                .walking(110)
                .build(),
            Duration.ZERO);

    assertEquals(List.of(ANA), TenantContext.runAs(demo, () -> probe.notified(red.id())));
    assertTrue(
        admin.call(() -> notifications.mine(0, 200)).stream()
            .noneMatch(n -> n.reportId() == red.id()));
  }

  @Test
  void theRetryTimerSendsAFailedMailAgain() {
    long athlete = newAthleteOfAna();
    ReportView red =
        record(
            athlete,
            NewReport.builder(week(1))
                .pain(2, "BURNING", "LOCALIZED", false, "DURING_SET", null)
                .radiatesToLeg()
                .walking(110)
                .build(),
            Duration.ZERO);
    awaitMailTried(red.id());
    assertEquals(1, TenantContext.runAs(demo, () -> probe.failedTenMinutesAgo(red.id())));

    alertMail.retryFailed();

    assertEquals(
        List.of("SENT after 2"), TenantContext.runAs(demo, () -> probe.mailOutcomes(red.id())));
  }

  /** Polls until the first try at the mails about a report is over, sent or failed. */
  private void awaitMailTried(long reportId) {
    await("the first try at the mail about report " + reportId)
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                TenantContext.runAs(demo, () -> probe.mailOutcomes(reportId)).stream()
                    .noneMatch(outcome -> outcome.startsWith("PENDING")));
  }

  @Test
  void aCoachCanPrescribeTheRelearningBlockUntilALaterReviewLeavesItOut() {
    long athlete = newAthleteOfAna();
    ReportView first = record(athlete, setupFault(week(3)), Duration.ZERO);
    assertNull(ana.call(() -> programs.programOf(athlete)).relearningBlock());

    ReviewRequest withBlock =
        new ReviewRequest("CONFIRM", null, null, "Slow pulls for a while", List.of(), true);
    assertTrue(ana.call(() -> reviews.review(first.id(), withBlock)).relearningBlock());

    // e1RM of 100 kg x 3 is 110 kg: 75-80 % is 82.5-88 kg, inside it in 2.5 kg plates.
    ProgramView prescribed = ana.call(() -> programs.programOf(athlete));
    assertNotNull(prescribed.relearningBlock());
    assertEquals(0, new BigDecimal("82.5").compareTo(prescribed.relearningBlock().loadMinKg()));
    assertEquals(0, new BigDecimal("87.5").compareTo(prescribed.relearningBlock().loadMaxKg()));

    ReportView second = record(athlete, setupFault(week(2)), Duration.ofMinutes(1));
    ana.call(() -> reviews.review(second.id(), ReviewRequest.confirm(null)));
    assertNull(ana.call(() -> programs.programOf(athlete)).relearningBlock());
  }

  @Test
  void aCoachSeesOnlyTheirOwnAthletes() {
    long athlete = newAthleteOfAna();
    ReportView report = record(athlete, setupFault(week(2)), Duration.ZERO);

    assertThrows(NotFound.class, () -> ben.call(() -> reports.getReport(report.id())));
    assertThrows(
        NotFound.class,
        () -> ben.call(() -> reviews.review(report.id(), ReviewRequest.confirm(null))));
    assertThrows(NotFound.class, () -> ben.call(() -> programs.programOf(athlete)));
    assertThrows(NotFound.class, () -> ben.call(() -> roster.getAthlete(athlete)));
    assertThrows(NotFound.class, () -> ben.call(() -> programs.clear(athlete, "note")));
    assertEquals(
        0, ben.call(() -> queue.page(new QueueFilter(null, null, athlete), 0, 10)).total());
    assertThrows(NotFound.class, () -> mia.call(() -> reports.getReport(report.id())));
    assertThrows(NotFound.class, () -> mia.call(() -> programs.programOf(athlete)));
    assertEquals(
        1, ana.call(() -> queue.page(new QueueFilter(null, null, athlete), 0, 10)).total());
    assertEquals(0, ben.call(() -> queue.count(new QueueFilter(null, null, athlete))));
    assertEquals(1, ana.call(() -> queue.count(new QueueFilter(null, null, athlete))));
    assertEquals(1, admin.call(() -> queue.count(new QueueFilter(null, null, athlete))));
    assertTrue(
        ana.call(() -> roster.athleteChoices(200)).stream().anyMatch(a -> a.id() == athlete));
    assertTrue(
        ben.call(() -> roster.athleteChoices(200)).stream().noneMatch(a -> a.id() == athlete));
    assertEquals(report.id(), admin.call(() -> reports.getReport(report.id())).id());
  }

  @Test
  void theStartPageCountsTheCallersOpenFlaggedReportsByLevel() {
    Map<Level, Long> anaBefore = ana.call(() -> queue.openCounts());
    Map<Level, Long> benBefore = ben.call(() -> queue.openCounts());
    Map<Level, Long> adminBefore = admin.call(() -> queue.openCounts());
    long athlete = newAthleteOfAna();
    ReportView amberOld = record(athlete, setupFault(week(8)), Duration.ZERO);
    record(
        athlete,
        NewReport.builder(week(7))
            .pain(2, "BURNING", "LOCALIZED", false, "DURING_SET", null)
            .radiatesToLeg()
            .walking(110)
            .build(),
        Duration.ofHours(1));
    record(
        athlete,
        NewReport.builder(week(6)).topSet("100", 3).walking(110).build(),
        Duration.ofHours(2));
    record(
        athlete,
        NewReport.builder(week(5)).topSet("100", 3).saddleNumbness().walking(110).build(),
        Duration.ofHours(3));
    record(
        athlete,
        NewReport.builder(week(4)).topSet("110", 3).walking(110).build(),
        Duration.ofHours(4));
    record(athlete, setupFault(week(3)), Duration.ofHours(5));
    ana.call(() -> reviews.review(amberOld.id(), ReviewRequest.confirm(null)));

    Map<Level, Long> anaAfter = ana.call(() -> queue.openCounts());
    assertEquals(EnumSet.of(Level.AMBER, Level.RED, Level.URGENT), anaAfter.keySet());
    assertEquals(anaBefore.get(Level.URGENT) + 1, anaAfter.get(Level.URGENT));
    assertEquals(anaBefore.get(Level.RED) + 1, anaAfter.get(Level.RED));
    assertEquals(anaBefore.get(Level.AMBER) + 2, anaAfter.get(Level.AMBER), "one AMBER reviewed");
    Map<Level, Long> adminAfter = admin.call(() -> queue.openCounts());
    assertEquals(adminBefore.get(Level.URGENT) + 1, adminAfter.get(Level.URGENT));
    assertEquals(adminBefore.get(Level.RED) + 1, adminAfter.get(Level.RED));
    assertEquals(adminBefore.get(Level.AMBER) + 2, adminAfter.get(Level.AMBER));
    assertEquals(benBefore, ben.call(() -> queue.openCounts()), "not Ben's athlete");
    for (Level level : anaAfter.keySet()) {
      assertEquals(
          ana.call(() -> queue.page(new QueueFilter(level, ReviewStatus.OPEN, null), 0, 1)).total(),
          anaAfter.get(level),
          "the count of " + level + " is the length of the queue filtered by it");
      assertEquals(
          anaAfter.get(level),
          ana.call(() -> queue.count(new QueueFilter(level, ReviewStatus.OPEN, null))),
          "the paginator's count of " + level);
      assertEquals(
          adminAfter.get(level),
          admin.call(() -> queue.count(new QueueFilter(level, ReviewStatus.OPEN, null))),
          "the tenant admin's paginator count of " + level);
    }
    assertEquals(
        Map.of(Level.AMBER, 0L, Level.RED, 0L, Level.URGENT, 0L),
        otherAdmin.call(() -> queue.openCounts()));
  }

  @Test
  void anotherTenantSeesNothing() {
    long athlete = newAthleteOfAna();
    ReportView report = record(athlete, setupFault(week(2)), Duration.ZERO);

    assertThrows(NotFound.class, () -> otherAdmin.call(() -> reports.getReport(report.id())));
    assertThrows(
        NotFound.class,
        () -> otherAdmin.call(() -> reviews.review(report.id(), ReviewRequest.confirm(null))));
    assertThrows(NotFound.class, () -> otherAdmin.call(() -> reviews.detail(report.id())));
    assertThrows(NotFound.class, () -> otherAdmin.call(() -> programs.programOf(athlete)));
    assertThrows(NotFound.class, () -> otherAdmin.call(() -> roster.getAthlete(athlete)));
    assertThrows(NotFound.class, () -> otherAdmin.call(() -> roster.archive(athlete)));
    assertEquals(0, otherAdmin.call(() -> queue.page(QueueFilter.open(), 0, 10)).total());
    assertEquals(0, otherAdmin.call(() -> queue.count(QueueFilter.open())));
    assertTrue(otherAdmin.call(() -> roster.athleteViews(0, 50)).isEmpty());
    assertTrue(otherAdmin.call(() -> roster.athleteChoices(50)).isEmpty());
    assertEquals(SettingsView.defaults(), otherAdmin.call(() -> settings.current()));
  }

  @Test
  void onlyATenantAdminChangesSettingsWithinRange() {
    InvalidInput refused =
        assertThrows(
            InvalidInput.class,
            () ->
                otherAdmin.call(
                    () ->
                        settings.change(
                            new SettingsView(new BigDecimal("6"), new BigDecimal("2.5"), 100))));
    assertEquals("progressionCapPercent", refused.errors().get(0).field());
    assertThrows(
        EJBAccessException.class, () -> ana.call(() -> settings.change(SettingsView.defaults())));
    assertThrows(
        EJBAccessException.class,
        () -> mia.call(() -> reviews.review(1L, ReviewRequest.confirm(null))));
  }
}
