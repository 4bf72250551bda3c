package com.pullsafe.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.testing.Api;
import com.pullsafe.testing.Deployments;
import com.pullsafe.testing.PageSession;
import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A password change on the profile page, over plain HTTP with two sessions of the same coach: the
 * other session is sent to the login page, the one that made the change stays signed in.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PasswordChangeSessionsIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @ArquillianResource private URL base;

  @Test
  void aPasswordChangeEndsTheOtherSessionButNotThisOne() {
    Team team = new Team(base, "sessions");
    PageSession here = new PageSession(base);
    PageSession elsewhere = new PageSession(base);
    here.signIn(team.coach.email(), Team.PASSWORD);
    elsewhere.signIn(team.coach.email(), Team.PASSWORD);
    assertEquals("/coach/index.xhtml", elsewhere.get("/coach/index.xhtml").path());

    PageSession.Page profile = here.get("/account/profile.xhtml");
    String changed = "copper kettle " + Api.unique();
    PageSession.Page answer =
        here.ajaxForm(
            profile,
            "password",
            "password:change",
            Map.of(
                "password:current", Team.PASSWORD,
                "password:new", changed,
                "password:repeat", changed));

    assertTrue(answer.html().contains("<redirect"), "changed and redirected: " + answer.html());
    assertTrue(
        elsewhere.get("/coach/index.xhtml").path().startsWith("/login.xhtml"),
        "the other session is sent to the login page");
    PageSession.Page stillHere = here.get("/coach/index.xhtml");
    assertEquals("/coach/index.xhtml", stillHere.path(), "this session stays signed in");
  }
}
