package com.pullsafe.api;

import com.pullsafe.tenancy.Tenant;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Test-only resource, added to the WAR by {@link BadInputIT}: a body with an enum field (no v1
 * endpoint of this branch takes one yet) and an unexpected failure. Stores nothing.
 */
@Path("v1/test-probe")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProbeResource {

  /** A body with an enum and a number. */
  public record Probe(Tenant.Status status, Integer count) {}

  @POST
  public Probe echo(Probe probe) {
    return probe;
  }

  @GET
  @Path("boom")
  public String boom() {
    throw new IllegalStateException("secret internal detail");
  }
}
