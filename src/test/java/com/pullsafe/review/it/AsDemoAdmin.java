package com.pullsafe.review.it;

import com.pullsafe.identity.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Test-only: runs work as the demo tenant's admin. */
@Stateless
@PermitAll
@RunAs(Role.TENANT_ADMIN_NAME)
@RunAsPrincipal("admin@demo.test")
public class AsDemoAdmin {

  public <T> T call(Callable<T> work) {
    return Callers.run(work);
  }
}
