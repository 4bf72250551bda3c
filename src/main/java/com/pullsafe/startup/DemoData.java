package com.pullsafe.startup;

import com.pullsafe.tenancy.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * The demo tenant {@code demo} for local runs: a tenant admin, two coaches, six athletes with four
 * weeks of triaged reports covering every level, a few reviews and a clearance. Each step commits
 * on its own, because tenant-owned rows are written under the new tenant's id.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoData {

  public static final String PASSWORD = "demo-pass-2026";

  @Inject private DemoDataWriter writer;

  /** Loads the demo tenant unless it exists; true when it was loaded now. */
  public boolean loadIfMissing() {
    if (writer.demoTenantExists()) {
      return false;
    }
    long tenantId = writer.createTenantAndAccounts();
    TenantContext.runAs(tenantId, () -> writer.createRoster(tenantId));
    TenantContext.runAs(tenantId, () -> writer.createReports(tenantId));
    return true;
  }
}
