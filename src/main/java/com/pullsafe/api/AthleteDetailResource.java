package com.pullsafe.api;

import com.pullsafe.program.ClearanceView;
import com.pullsafe.program.ProgramService;
import com.pullsafe.roster.AthleteView;
import com.pullsafe.roster.Roster;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /api/v1/athletes/{id}}: api-v1 rows {@code GET /athletes/{id}}, {@code POST
 * /athletes/{id}/clearance} and {@code GET /athletes/{id}/program}.
 */
@Path("v1/athletes/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AthleteDetailResource {

  @Inject private Roster roster;
  @Inject private ProgramService programs;

  /** A coach's clearance for heavy pulling again after a RED or URGENT report. */
  public record ClearanceBody(String note) {}

  @GET
  public AthleteView athlete(@PathParam("id") long id) {
    return roster.getAthlete(id);
  }

  @POST
  @Path("clearance")
  public Response clear(@PathParam("id") long id, ClearanceBody body) {
    ClearanceView clearance = programs.clear(id, ReportsResource.required(body).note());
    return Response.status(Response.Status.CREATED).entity(clearance).build();
  }

  @GET
  @Path("program")
  public AthleteProgram program(@PathParam("id") long id) {
    return AthleteProgram.of(programs.programOf(id));
  }
}
