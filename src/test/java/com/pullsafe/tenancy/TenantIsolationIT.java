package com.pullsafe.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.roster.Athlete;
import com.pullsafe.testing.Deployments;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Proves that EclipseLink's single-table multitenancy, applied by {@link TenantInterceptor}, keeps
 * tenants apart in the data layer: lists, finds by id, joins, counts, and reads after the other
 * tenant's rows were loaded once (cache).
 */
@ExtendWith(ArquillianExtension.class)
class TenantIsolationIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.builtWar()
        .addClasses(TenantIsolationIT.class, IsolationProbe.class, Deployments.class);
  }

  @Inject private IsolationProbe probe;

  private long tenantA;
  private long tenantB;
  private String slugA;
  private String slugB;
  private List<Long> athletesA;
  private List<Long> athletesB;

  @BeforeEach
  void twoTenantsWithTheirRosters() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    slugA = "iso-a-" + run;
    slugB = "iso-b-" + run;
    tenantA = probe.createTenantWithAccounts(slugA);
    tenantB = probe.createTenantWithAccounts(slugB);
    athletesA = TenantContext.runAs(tenantA, () -> probe.createRoster(slugA));
    athletesB = TenantContext.runAs(tenantB, () -> probe.createRoster(slugB));
  }

  @Test
  void listQueriesSeeOnlyTheOwnTenantsRows() {
    List<Athlete> seenByA = TenantContext.runAs(tenantA, probe::allAthletes);

    assertEquals(2, seenByA.size());
    assertTrue(seenByA.stream().allMatch(a -> a.getTenantId() == tenantA));
    assertTrue(seenByA.stream().map(Athlete::getId).allMatch(athletesA::contains));
  }

  @Test
  void findByIdOfAnotherTenantsRowFindsNothing() {
    assertNull(TenantContext.runAs(tenantA, () -> probe.findAthlete(athletesB.get(0))));
    assertNotNull(TenantContext.runAs(tenantB, () -> probe.findAthlete(athletesB.get(0))));
  }

  @Test
  void joinsDoNotReachIntoAnotherTenant() {
    assertTrue(
        TenantContext.runAs(tenantA, () -> probe.athletesOfCoachNamed("Coach " + slugB)).isEmpty());
    assertEquals(
        2, TenantContext.runAs(tenantA, () -> probe.athletesOfCoachNamed("Coach " + slugA)).size());
    assertEquals(
        List.of("Coach " + slugA, "Coach " + slugA),
        TenantContext.runAs(tenantA, probe::coachNamesOfAthletes));
  }

  @Test
  void countsCountOnlyTheOwnTenant() {
    assertEquals(2L, TenantContext.runAs(tenantA, probe::countAthletes));
    assertEquals(2L, TenantContext.runAs(tenantB, probe::countAthletes));
  }

  @Test
  void rowsReadOnceByTheirTenantStayInvisibleToAnother() {
    long idOfB = athletesB.get(1);
    for (int i = 0; i < 3; i++) {
      assertNotNull(TenantContext.runAs(tenantB, () -> probe.findAthlete(idOfB)));
      assertNotNull(TenantContext.runAs(tenantB, probe::allAthletes));
    }

    assertNull(TenantContext.runAs(tenantA, () -> probe.findAthlete(idOfB)));
    assertTrue(
        TenantContext.runAs(tenantA, probe::allAthletes).stream()
            .noneMatch(a -> a.getId() == idOfB));
  }

  @Test
  void withoutATenantTenantOwnedRowsCannotBeRead() {
    assertThrows(EJBException.class, probe::allAthletes);
  }
}
