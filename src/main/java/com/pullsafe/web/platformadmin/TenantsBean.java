package com.pullsafe.web.platformadmin;

import com.pullsafe.platformadmin.NewTenant;
import com.pullsafe.platformadmin.TenantAdministrationService;
import com.pullsafe.platformadmin.TenantSummary;
import com.pullsafe.web.Feedback;
import com.pullsafe.web.Form;
import com.pullsafe.web.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Backs {@code /platform/index.xhtml}: the tenants with their counts; create, suspend, reactivate.
 */
@Named
@RequestScoped
public class TenantsBean {

  private static final Form FORM = Form.of("tenant").input("adminDisplayName", "adminName");

  @Inject private TenantAdministrationService tenants;
  @Inject private Feedback feedback;
  @Inject private Texts texts;

  private List<TenantSummary> summaries;
  private String slug;
  private String name;
  private String adminEmail;
  private String adminName;
  private String adminPassword;

  public List<TenantSummary> getTenants() {
    if (summaries == null) {
      summaries = tenants.summaries();
    }
    return summaries;
  }

  public void create() {
    feedback.submit(
        FORM,
        () -> {
          tenants.create(new NewTenant(slug, name, adminEmail, adminName, adminPassword));
          feedback.doneThenShow(texts.get("tenants.created", name), "/platform/index.xhtml");
        });
  }

  public void suspend(TenantSummary tenant) {
    tenants.suspend(tenant.id());
    feedback.info(texts.get("tenants.suspended", tenant.name()));
    summaries = null;
  }

  public void reactivate(TenantSummary tenant) {
    tenants.reactivate(tenant.id());
    feedback.info(texts.get("tenants.reactivated", tenant.name()));
    summaries = null;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getAdminEmail() {
    return adminEmail;
  }

  public void setAdminEmail(String adminEmail) {
    this.adminEmail = adminEmail;
  }

  public String getAdminName() {
    return adminName;
  }

  public void setAdminName(String adminName) {
    this.adminName = adminName;
  }

  public String getAdminPassword() {
    return adminPassword;
  }

  public void setAdminPassword(String adminPassword) {
    this.adminPassword = adminPassword;
  }
}
