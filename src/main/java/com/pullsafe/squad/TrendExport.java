package com.pullsafe.squad;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.pullsafe.shared.Bundle;
import com.pullsafe.shared.CsvField;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The squad's trends and an athlete's trend as CSV (RFC 4180, UTF-8) or PDF (OpenPDF): what the
 * squad page, the coach's athlete page and the API export.
 */
@ApplicationScoped
public class TrendExport {

  public static final String CSV = "text/csv; charset=UTF-8";
  public static final String PDF = "application/pdf";

  /** The squad trends' CSV columns: a week's flagged share, or a finding's share of reports. */
  public static final String SQUAD_CSV_HEADER = "kind,name,count,of,percent";

  public static final String ATHLETE_CSV_HEADER = "week,painScore,topSetKg,capKg,flagged";

  private static final Bundle TEXTS =
      Bundle.of("com.pullsafe.squad.SquadMessages", TrendExport.class);

  public byte[] csv(SquadTrends trends) {
    List<List<String>> rows = new ArrayList<>();
    for (SquadTrends.Week w : trends.weeks()) {
      rows.add(
          List.of(
              "week",
              w.week(),
              String.valueOf(w.flagged()),
              String.valueOf(w.reports()),
              plain(w.flaggedPercent())));
    }
    for (SquadTrends.Finding f : trends.findings()) {
      rows.add(
          List.of(
              "finding",
              f.code().name(),
              String.valueOf(f.reports()),
              String.valueOf(trends.reports()),
              plain(trends.percentOfReports(f))));
    }
    return csv(SQUAD_CSV_HEADER, rows);
  }

  public byte[] csv(List<AthleteTrend.Week> weeks) {
    List<List<String>> rows = new ArrayList<>();
    for (AthleteTrend.Week w : weeks) {
      rows.add(
          List.of(
              w.week(),
              w.painScore() == null ? "" : w.painScore().toString(),
              plain(w.topSetKg()),
              plain(w.capKg()),
              String.valueOf(w.flagged())));
    }
    return csv(ATHLETE_CSV_HEADER, rows);
  }

  public byte[] pdf(SquadTrends trends) {
    List<SquadTrends.Week> weeks = trends.weeks();
    return pdf(
        TEXTS.text("export.squad.title", weeks.get(0).week(), weeks.get(weeks.size() - 1).week()),
        document -> {
          document.add(heading(TEXTS.text("export.squad.weeks")));
          PdfPTable byWeek =
              table(
                  "export.column.week",
                  "export.column.reports",
                  "export.column.flagged",
                  "export.column.share");
          for (SquadTrends.Week w : weeks) {
            cells(
                byWeek,
                w.week(),
                String.valueOf(w.reports()),
                String.valueOf(w.flagged()),
                w.flaggedPercent() == null ? "–" : plain(w.flaggedPercent()) + " %");
          }
          document.add(byWeek);
          document.add(heading(TEXTS.text("export.squad.findings")));
          if (trends.findings().isEmpty()) {
            document.add(new Paragraph(TEXTS.text("export.squad.noFindings"), body()));
            return;
          }
          PdfPTable findings =
              table("export.column.finding", "export.column.findingReports", "export.column.share");
          for (SquadTrends.Finding f : trends.findings()) {
            cells(
                findings,
                TEXTS.text("finding." + f.code().name()),
                String.valueOf(f.reports()),
                plain(trends.percentOfReports(f)) + " %");
          }
          document.add(findings);
        });
  }

  public byte[] pdf(String athleteName, List<AthleteTrend.Week> weeks) {
    return pdf(
        TEXTS.text("export.athlete.title", athleteName),
        document -> {
          PdfPTable table =
              table(
                  "export.column.week",
                  "export.column.painScore",
                  "export.column.topSet",
                  "export.column.cap",
                  "export.column.flagged");
          for (AthleteTrend.Week w : weeks) {
            cells(
                table,
                w.week(),
                w.reportId() == null ? TEXTS.text("export.notReported") : w.painScore() + " / 10",
                w.topSetKg() == null ? "–" : plain(w.topSetKg()),
                w.capKg() == null ? "–" : plain(w.capKg()),
                w.flagged() ? TEXTS.text("export.flagged") : "");
          }
          document.add(table);
        });
  }

  private interface Content {
    void write(Document document) throws DocumentException;
  }

  private static byte[] pdf(String title, Content content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 36, 36, 36, 36);
    try {
      PdfWriter.getInstance(document, out);
      document.open();
      document.addTitle(title);
      document.add(new Paragraph(title, FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16)));
      content.write(document);
    } catch (DocumentException e) {
      throw new IllegalStateException("Could not write the PDF", e);
    } finally {
      document.close();
    }
    return out.toByteArray();
  }

  private static Paragraph heading(String text) {
    Paragraph heading = new Paragraph(text, FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12));
    heading.setSpacingBefore(12);
    heading.setSpacingAfter(6);
    return heading;
  }

  private static PdfPTable table(String... headKeys) {
    PdfPTable table = new PdfPTable(headKeys.length);
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    Font head = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
    for (String key : headKeys) {
      table.addCell(new PdfPCell(new Phrase(TEXTS.text(key), head)));
    }
    return table;
  }

  private static void cells(PdfPTable table, String... values) {
    for (String value : values) {
      table.addCell(new Phrase(value, body()));
    }
  }

  private static Font body() {
    return FontFactory.getFont(FontFactory.HELVETICA, 9);
  }

  private static byte[] csv(String header, List<List<String>> rows) {
    StringBuilder csv = new StringBuilder(header).append("\r\n");
    for (List<String> row : rows) {
      csv.append(row.stream().map(CsvField::quoted).collect(Collectors.joining(",")))
          .append("\r\n");
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String plain(BigDecimal value) {
    return value == null ? "" : value.stripTrailingZeros().toPlainString();
  }
}
