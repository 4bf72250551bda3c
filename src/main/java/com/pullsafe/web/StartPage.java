package com.pullsafe.web;

import com.pullsafe.identity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.util.Arrays;

/** Opens the signed-in caller's start page, the one of their role. */
@ApplicationScoped
public class StartPage {

  @Inject private SecurityContext securityContext;

  public void open(FacesContext faces) throws IOException {
    ExternalContext external = faces.getExternalContext();
    external.redirect(external.getRequestContextPath() + path());
    faces.responseComplete();
  }

  /** The caller's start page, from the context path. */
  public String path() {
    return Arrays.stream(Role.values())
        .filter(candidate -> securityContext.isCallerInRole(candidate.name()))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("Signed in without a role"))
        .startPage();
  }
}
