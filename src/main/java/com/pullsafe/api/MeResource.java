package com.pullsafe.api;

import com.pullsafe.identity.Accounts;
import com.pullsafe.identity.MeView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code /api/v1/me}: who the caller is. */
@Path("v1/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  @Inject private Accounts accounts;

  @GET
  public MeView me() {
    return accounts.me();
  }
}
