package com.pullsafe.review.it;

import com.pullsafe.identity.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Test-only: runs work as athlete Mia of the demo tenant (coach Ana). */
@Stateless
@PermitAll
@RunAs(Role.ATHLETE_NAME)
@RunAsPrincipal("mia@demo.test")
public class AsMia {

  public <T> T call(Callable<T> work) {
    return Callers.run(work);
  }
}
