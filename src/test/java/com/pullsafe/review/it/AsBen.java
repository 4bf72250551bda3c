package com.pullsafe.review.it;

import com.pullsafe.identity.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Test-only: runs work as coach Ben of the demo tenant. */
@Stateless
@PermitAll
@RunAs(Role.COACH_NAME)
@RunAsPrincipal("coach.ben@demo.test")
public class AsBen {

  public <T> T call(Callable<T> work) {
    return Callers.run(work);
  }
}
