package com.pullsafe.settings;

import com.pullsafe.identity.TwoFactorPolicy;
import com.pullsafe.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The tenant's setting that requires two-factor sign-in of its coaches and admins. */
@ApplicationScoped
public class TenantTwoFactorPolicy implements TwoFactorPolicy {

  @Inject private TenantSettingsService settings;

  @Override
  public boolean requiredOfStaff(long tenantId) {
    // Read at sign-in, before there is a caller: the tenant is named explicitly.
    return TenantContext.runAs(tenantId, settings::twoFactorRequired);
  }
}
