package com.pullsafe.web.coach;

import com.pullsafe.squad.SquadPage;
import com.pullsafe.squad.SquadService;
import com.pullsafe.squad.SquadTrends;
import com.pullsafe.squad.TrendExport;
import com.pullsafe.web.PageIds;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Backs {@code /coach/squad.xhtml}: a page of the squad (athletes × the last 12 weeks, most at risk
 * first; {@code ?page=} from 1) and the squad's trends with their exports.
 */
@Named
@ViewScoped
public class SquadBean implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Athletes per page. */
  static final int SIZE = 25;

  @Inject private SquadService squad;
  @Inject private TrendExport export;

  private String page;
  private SquadPage squadPage;
  private SquadTrends trends;

  public void load() {
    long number = page == null || page.isBlank() ? 1 : PageIds.parse(page, "Page");
    squadPage = squad.page((int) Math.min(number - 1, Integer.MAX_VALUE / SIZE), SIZE);
    trends = squad.trends();
  }

  public boolean hasPrevious() {
    return squadPage.page() > 0;
  }

  public boolean hasNext() {
    return (long) (squadPage.page() + 1) * SIZE < squadPage.total();
  }

  /** The page number as people count: from 1. */
  public int getPageNumber() {
    return squadPage.page() + 1;
  }

  public long getPageCount() {
    return Math.max(1, (squadPage.total() + SIZE - 1) / SIZE);
  }

  public StreamedContent getCsv() {
    return download(export.csv(trends), TrendExport.CSV, "pullsafe-squad-trends.csv");
  }

  public StreamedContent getPdf() {
    return download(export.pdf(trends), TrendExport.PDF, "pullsafe-squad-trends.pdf");
  }

  static StreamedContent download(byte[] content, String type, String name) {
    return DefaultStreamedContent.builder()
        .name(name)
        .contentType(type)
        .contentLength((long) content.length)
        .stream(() -> new ByteArrayInputStream(content))
        .build();
  }

  public SquadPage getSquad() {
    return squadPage;
  }

  public SquadTrends getTrends() {
    return trends;
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }
}
