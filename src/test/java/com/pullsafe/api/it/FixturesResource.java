package com.pullsafe.api.it;

import com.pullsafe.admin.NewTenant;
import com.pullsafe.admin.TenantAdministration;
import com.pullsafe.roster.NewPerson;
import com.pullsafe.roster.Roster;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Test-only resource, added to the WAR by {@link ApiFixtures}: opens tenants and adds coaches and
 * athletes through the same services as the pages, as the signed-in caller (so the roles apply).
 */
@Path("v1/it-fixtures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FixturesResource {

  @Inject private TenantAdministration tenants;
  @Inject private Roster roster;

  public record Person(String email, String displayName, String password, Long coachId) {}

  public record Created(long id) {}

  @POST
  @Path("tenants")
  public Created tenant(NewTenant tenant) {
    return new Created(tenants.create(tenant).getId());
  }

  @POST
  @Path("coaches")
  public Created coach(Person p) {
    return new Created(
        roster.createCoach(new NewPerson(p.email(), p.displayName(), p.password())).getId());
  }

  @POST
  @Path("athletes")
  public Created athlete(Person p) {
    return new Created(
        roster
            .createAthlete(new NewPerson(p.email(), p.displayName(), p.password()), p.coachId())
            .getId());
  }
}
