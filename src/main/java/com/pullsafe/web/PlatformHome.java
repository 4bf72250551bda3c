package com.pullsafe.web;

import com.pullsafe.admin.TenantAdministration;
import com.pullsafe.admin.TenantSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs {@code /platform/index.xhtml}: the tenants with their counts. */
@Named
@RequestScoped
public class PlatformHome {

  @Inject private TenantAdministration tenants;

  private List<TenantSummary> summaries;

  public List<TenantSummary> getTenants() {
    if (summaries == null) {
      summaries = tenants.summaries();
    }
    return summaries;
  }
}
