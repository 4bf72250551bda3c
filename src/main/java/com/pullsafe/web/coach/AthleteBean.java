package com.pullsafe.web.coach;

import com.pullsafe.program.ProgramService;
import com.pullsafe.program.ProgramView;
import com.pullsafe.reports.HistoryExport;
import com.pullsafe.reports.ReportService;
import com.pullsafe.reports.ReportView;
import com.pullsafe.roster.AthleteView;
import com.pullsafe.roster.RosterService;
import com.pullsafe.squad.AthleteTrend;
import com.pullsafe.squad.SquadService;
import com.pullsafe.squad.TrendExport;
import com.pullsafe.web.PageIds;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** Backs {@code /coach/athlete.xhtml}: one athlete's weeks, charts, program and exports. */
@Named
@ViewScoped
public class AthleteBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private RosterService roster;
  @Inject private ReportService reports;
  @Inject private ProgramService programs;
  @Inject private HistoryExport export;
  @Inject private SquadService squad;
  @Inject private TrendExport trendExport;

  private String id;
  private AthleteView athlete;
  private List<ReportView> history;
  private ProgramView program;
  private List<AthleteTrend.Week> trend;

  public void load() {
    long athleteId = PageIds.parse(id, "Athlete");
    athlete = roster.getAthlete(athleteId);
    history = reports.reportsOf(athleteId, 0, HistoryExport.WEEKS);
    program = programs.programOf(athleteId);
    trend = squad.athleteTrend(athleteId);
  }

  public StreamedContent getCsv() {
    byte[] csv = export.csv(history);
    return DefaultStreamedContent.builder()
        .name(fileName() + ".csv")
        .contentType(HistoryExport.CSV)
        .contentLength((long) csv.length)
        .stream(() -> new ByteArrayInputStream(csv))
        .build();
  }

  public StreamedContent getPdf() {
    byte[] pdf = export.pdf(athlete.displayName(), history);
    return DefaultStreamedContent.builder()
        .name(fileName() + ".pdf")
        .contentType(HistoryExport.PDF)
        .contentLength((long) pdf.length)
        .stream(() -> new ByteArrayInputStream(pdf))
        .build();
  }

  public StreamedContent getTrendCsv() {
    return SquadBean.download(trendExport.csv(trend), TrendExport.CSV, trendFileName() + ".csv");
  }

  public StreamedContent getTrendPdf() {
    return SquadBean.download(
        trendExport.pdf(athlete.displayName(), trend), TrendExport.PDF, trendFileName() + ".pdf");
  }

  private String trendFileName() {
    return fileName().replace("pullsafe-history-", "pullsafe-trend-");
  }

  public List<AthleteTrend.Week> getTrend() {
    return trend;
  }

  private String fileName() {
    return HistoryExport.fileName(athlete.displayName());
  }

  public AthleteView getAthlete() {
    return athlete;
  }

  public List<ReportView> getHistory() {
    return history;
  }

  public ProgramView getProgram() {
    return program;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
