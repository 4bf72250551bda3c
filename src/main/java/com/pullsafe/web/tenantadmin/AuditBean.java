package com.pullsafe.web.tenantadmin;

import com.pullsafe.audit.AuditAction;
import com.pullsafe.audit.AuditEntry;
import com.pullsafe.audit.AuditLogService;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Backs {@code /admin/audit.xhtml}: the tenant's audit trail, filtered and paged in the database.
 */
@Named
@ViewScoped
public class AuditBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AuditLogService log;

  private AuditAction action;
  private String actor;
  private LocalDate from;
  private LocalDate to;

  private final LazyDataModel<AuditEntry> entries =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) log.count(filter());
        }

        @Override
        public List<AuditEntry> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          return log.page(filter(), first / pageSize, pageSize).entries();
        }

        @Override
        public String getRowKey(AuditEntry entry) {
          return String.valueOf(entry.getId());
        }
      };

  private AuditLogService.Filter filter() {
    return new AuditLogService.Filter(
        action,
        actor,
        from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant(),
        to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  /** A filter changed: back to the first page. */
  public void filterChanged() {
    UIComponent table =
        FacesContext.getCurrentInstance().getViewRoot().findComponent(":audit:entries");
    if (table instanceof DataTable dataTable) {
      dataTable.setFirst(0);
    }
  }

  public LazyDataModel<AuditEntry> getEntries() {
    return entries;
  }

  public AuditAction[] getActions() {
    return AuditAction.values();
  }

  public AuditAction getAction() {
    return action;
  }

  public void setAction(AuditAction action) {
    this.action = action;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
