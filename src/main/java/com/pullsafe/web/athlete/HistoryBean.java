package com.pullsafe.web.athlete;

import com.pullsafe.reports.ReportService;
import com.pullsafe.reports.ReportView;
import com.pullsafe.review.CoachNoteService;
import com.pullsafe.review.ReviewView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Backs {@code /athlete/history.xhtml}: the athlete's weeks, a chart, and the coach's notes. */
@Named
@RequestScoped
public class HistoryBean {

  private static final int WEEKS = 26;

  @Inject private ReportService reports;
  @Inject private CoachNoteService coachNotes;

  private List<ReportView> history;
  private Map<Long, ReviewView> reviews;

  public void load() {
    history = reports.myReports(0, WEEKS);
    reviews =
        coachNotes.mine(WEEKS).stream()
            .collect(Collectors.toMap(ReviewView::reportId, Function.identity(), (a, b) -> a));
  }

  public ReviewView reviewOf(long reportId) {
    return reviews.get(reportId);
  }

  public List<ReviewView> getNotes() {
    return reviews.values().stream()
        .filter(v -> v.noteToAthlete() != null)
        .sorted((a, b) -> b.reviewedAt().compareTo(a.reviewedAt()))
        .toList();
  }

  public String weekOf(long reportId) {
    return history.stream()
        .filter(r -> r.id() == reportId)
        .map(ReportView::week)
        .findFirst()
        .orElse("");
  }

  public List<ReportView> getHistory() {
    return history;
  }
}
