package com.pullsafe.review.it;

import com.pullsafe.identity.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Test-only: runs work as the admin of the second tenant the tests create. */
@Stateless
@PermitAll
@RunAs(Role.TENANT_ADMIN_NAME)
@RunAsPrincipal(ReportProbe.OTHER_ADMIN)
public class AsOtherAdmin {

  public <T> T call(Callable<T> work) {
    return Callers.run(work);
  }
}
