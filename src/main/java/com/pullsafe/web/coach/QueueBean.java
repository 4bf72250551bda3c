package com.pullsafe.web.coach;

import com.pullsafe.reports.ReviewStatus;
import com.pullsafe.review.QueueFilter;
import com.pullsafe.review.QueueItem;
import com.pullsafe.review.ReviewQueueService;
import com.pullsafe.roster.AthleteChoice;
import com.pullsafe.roster.RosterService;
import com.pullsafe.triage.Level;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Backs {@code /coach/index.xhtml}: open flagged reports by level and the review queue, paged in
 * the database by {@link ReviewQueueService} (most severe, then oldest first), filtered by level,
 * status and athlete.
 */
@Named
@ViewScoped
public class QueueBean implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final List<Level> FLAGGED = List.of(Level.URGENT, Level.RED, Level.AMBER);
  private static final int ATHLETES_IN_FILTER = 200;
  private static final Duration OVERDUE = Duration.ofHours(24);

  @Inject private ReviewQueueService queue;
  @Inject private RosterService roster;

  private final Map<Level, Long> openCounts = new EnumMap<>(Level.class);
  private List<AthleteChoice> athletes;
  private Level level;
  private ReviewStatus status = ReviewStatus.OPEN;
  private Long athleteId;

  private final LazyDataModel<QueueItem> items =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) queue.count(filter());
        }

        @Override
        public List<QueueItem> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          return queue.page(filter(), first / pageSize, pageSize).items();
        }

        @Override
        public String getRowKey(QueueItem item) {
          return String.valueOf(item.reportId());
        }
      };

  public void load() {
    openCounts.putAll(queue.openCounts());
    athletes = roster.athleteChoices(ATHLETES_IN_FILTER);
  }

  /** A filter changed: back to the first page of the queue. */
  public void filterChanged() {
    UIComponent table =
        FacesContext.getCurrentInstance().getViewRoot().findComponent(":queueForm:queue");
    if (table instanceof DataTable dataTable) {
      dataTable.setFirst(0);
    }
  }

  private QueueFilter filter() {
    return new QueueFilter(level, status, athleteId);
  }

  /** RED or URGENT, still open after a day: the coach should have acted. */
  public boolean overdue(QueueItem item) {
    return item.status() == ReviewStatus.OPEN
        && item.level().stopsHeavyPulling()
        && item.submittedAt().isBefore(Instant.now().minus(OVERDUE));
  }

  public LazyDataModel<QueueItem> getItems() {
    return items;
  }

  public List<Level> getFlaggedLevels() {
    return FLAGGED;
  }

  public long openCount(Level l) {
    return openCounts.getOrDefault(l, 0L);
  }

  public List<ReviewStatus> getStatuses() {
    return List.of(ReviewStatus.OPEN, ReviewStatus.REVIEWED);
  }

  public List<AthleteChoice> getAthletes() {
    return athletes;
  }

  public Level getLevel() {
    return level;
  }

  public void setLevel(Level level) {
    this.level = level;
  }

  public ReviewStatus getStatus() {
    return status;
  }

  public void setStatus(ReviewStatus status) {
    this.status = status;
  }

  public Long getAthleteId() {
    return athleteId;
  }

  public void setAthleteId(Long athleteId) {
    this.athleteId = athleteId;
  }
}
