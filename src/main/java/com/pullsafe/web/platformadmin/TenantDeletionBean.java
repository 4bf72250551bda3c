package com.pullsafe.web.platformadmin;

import com.pullsafe.platformadmin.TenantAdministrationService;
import com.pullsafe.platformadmin.TenantDeletionService;
import com.pullsafe.platformadmin.TenantSummary;
import com.pullsafe.shared.NotFound;
import com.pullsafe.tenancy.Tenant;
import com.pullsafe.web.Feedback;
import com.pullsafe.web.Form;
import com.pullsafe.web.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Backs the deletion form of {@code /platform/index.xhtml}: the platform admin picks a suspended
 * tenant and types its name to confirm; the name's mismatch is said next to the field.
 */
@Named
@RequestScoped
public class TenantDeletionBean {

  static final String PAGE = "/platform/index.xhtml";
  private static final Form FORM =
      Form.of("deletion").input(TenantDeletionService.CONFIRM_FIELD, "confirmName");

  @Inject private TenantAdministrationService tenants;
  @Inject private TenantDeletionService deletion;
  @Inject private Feedback feedback;
  @Inject private Texts texts;

  private List<TenantSummary> suspended;
  private Long tenantId;
  private String confirmName;

  /** The tenants that may be deleted: the suspended ones. */
  public List<TenantSummary> getSuspended() {
    if (suspended == null) {
      suspended =
          tenants.summaries().stream().filter(t -> t.status() == Tenant.Status.SUSPENDED).toList();
    }
    return suspended;
  }

  public void delete() {
    if (tenantId == null) {
      feedback.fieldError("deletion:tenant", texts.get("tenants.delete.pick"));
      return;
    }
    try {
      feedback.submit(
          FORM,
          () -> {
            var deleted = deletion.delete(tenantId, confirmName);
            feedback.doneThenShow(texts.get("tenants.deleted", deleted.name()), PAGE);
          });
    } catch (NotFound gone) {
      feedback.error(texts.get("tenants.delete.gone"));
    }
  }

  public Long getTenantId() {
    return tenantId;
  }

  public void setTenantId(Long tenantId) {
    this.tenantId = tenantId;
  }

  public String getConfirmName() {
    return confirmName;
  }

  public void setConfirmName(String confirmName) {
    this.confirmName = confirmName;
  }
}
