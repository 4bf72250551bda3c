package com.pullsafe.web.coach;

import com.pullsafe.reminders.NotReported;
import com.pullsafe.reminders.NotReportedService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Backs the "not reported yet" part of {@code /coach/index.xhtml}: the athletes (a coach's own, a
 * tenant admin's whole tenant) without a report for the tenant's current week, paged in the
 * database.
 */
@Named
@ViewScoped
public class NotReportedBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private NotReportedService notReported;

  private String week;
  private long total;

  private final LazyDataModel<NotReported> athletes =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) total;
        }

        @Override
        public List<NotReported> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          return notReported.page(first / pageSize, pageSize);
        }

        @Override
        public String getRowKey(NotReported athlete) {
          return String.valueOf(athlete.athleteId());
        }
      };

  public void load() {
    week = notReported.currentWeek().toString();
    total = notReported.count();
  }

  public LazyDataModel<NotReported> getAthletes() {
    return athletes;
  }

  public String getWeek() {
    return week;
  }

  public long getTotal() {
    return total;
  }
}
