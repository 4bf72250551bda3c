package com.pullsafe.settings.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.reports.FindingView;
import com.pullsafe.reports.IsoWeek;
import com.pullsafe.reports.NewReport;
import com.pullsafe.reports.ReportView;
import com.pullsafe.settings.SettingsView;
import com.pullsafe.settings.TenantSettingsService;
import com.pullsafe.tenancy.TenantContext;
import com.pullsafe.testing.Deployments;
import com.pullsafe.triage.FindingCode;
import com.pullsafe.triage.Level;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A tenant's settings as the triage reads them, on the deployed WAR with a real PostgreSQL: the
 * walking target decides LOW_WALKING and the weekly cap decides OVERLOAD_TOO_SOON.
 */
@ExtendWith(ArquillianExtension.class)
class TenantSettingsTriageIT {

  private static final IsoWeek NOW_WEEK = IsoWeek.containing(LocalDate.now(ZoneOffset.UTC));

  @Deployment
  static WebArchive deployment() {
    return Deployments.builtWar()
        .addClasses(
            TenantSettingsTriageIT.class,
            TriageTenantProbe.class,
            AsSettingsAdmin.class,
            Deployments.class);
  }

  @Inject private TriageTenantProbe probe;
  @Inject private AsSettingsAdmin admin;
  @Inject private TenantSettingsService settings;

  private long tenant;

  @BeforeEach
  void aTenantWalkingTwoHoursWithTheLowestCap() throws Exception {
    tenant = probe.tenant();
    admin.call(
        () -> settings.change(new SettingsView(new BigDecimal("2.5"), new BigDecimal("2.5"), 120)));
  }

  private ReportView record(long athlete, int weeksAgo, String kg, int walking) {
    NewReport report =
        NewReport.builder(NOW_WEEK.minusWeeks(weeksAgo).toString())
            .topSet(kg, 3)
            .walking(walking)
            .build();
    return TenantContext.runAs(tenant, () -> probe.record(athlete, report, Instant.now()));
  }

  private static List<FindingCode> codes(ReportView report) {
    return report.findings().stream().map(FindingView::code).toList();
  }

  @Test
  void walkingUnderTheTenantsTargetIsLowWalking() {
    long athlete = TenantContext.runAs(tenant, () -> probe.newAthlete());

    ReportView under = record(athlete, 2, "100", 119);
    ReportView at = record(athlete, 1, "100", 120);

    assertEquals(List.of(FindingCode.LOW_WALKING), codes(under));
    assertTrue(
        under.findings().get(0).reason().endsWith("under your daily target of 120 min."),
        under.findings().get(0).reason());
    assertEquals(List.of(), codes(at));
  }

  @Test
  void aJumpAboveTheTenantsCapIsAnOverload() {
    long athlete = TenantContext.runAs(tenant, () -> probe.newAthlete());

    record(athlete, 3, "100", 120);
    ReportView atCap = record(athlete, 2, "102.5", 120);
    ReportView aboveCap = record(athlete, 1, "105.5", 120);

    assertEquals(Level.GREEN, atCap.level());
    assertEquals(List.of(FindingCode.OVERLOAD_TOO_SOON), codes(aboveCap));
  }
}
