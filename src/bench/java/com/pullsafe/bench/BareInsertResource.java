package com.pullsafe.bench;

import com.pullsafe.identity.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The benchmark's yardstick, compiled only into the benchmark build ({@code -Pbench}): the same
 * authentication as a report submission (a Bearer token, the athlete role) and one row inserted in
 * one transaction, with no domain work. Report submission is reported as a ratio to it.
 */
@Path("v1/bench/bare")
@Stateless
@RolesAllowed(Role.ATHLETE_NAME)
public class BareInsertResource {

  @Resource(lookup = "java:jboss/datasources/PullSafeDS")
  private DataSource dataSource;

  @Resource private SessionContext session;

  @POST
  public Response insert() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement("insert into bench_bare (caller, at) values (?, now())")) {
      insert.setString(1, session.getCallerPrincipal().getName());
      insert.executeUpdate();
    }
    return Response.status(Response.Status.CREATED).build();
  }
}
