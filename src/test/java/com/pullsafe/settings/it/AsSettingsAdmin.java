package com.pullsafe.settings.it;

import com.pullsafe.identity.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Test-only: runs work as the admin of the tenant {@link TriageTenantProbe} creates. */
@Stateless
@PermitAll
@RunAs(Role.TENANT_ADMIN_NAME)
@RunAsPrincipal(TriageTenantProbe.ADMIN)
public class AsSettingsAdmin {

  public <T> T call(Callable<T> work) throws Exception {
    return work.call();
  }
}
