package com.pullsafe.reports;

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
import com.pullsafe.triage.TriageMessages;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * An athlete's history as a CSV file or a PDF document (OpenPDF), newest week first: what the
 * coach's athlete page and the API export.
 */
@ApplicationScoped
public class HistoryExport {

  /** How many weeks, newest first, an export holds. */
  public static final int WEEKS = 52;

  public static final String CSV = "text/csv; charset=UTF-8";
  public static final String PDF = "application/pdf";

  private static final Bundle TEXTS =
      Bundle.of("com.pullsafe.reports.ReportMessages", HistoryExport.class);

  private static final List<String> COLUMNS =
      List.of(
          "week",
          "level",
          "triageLevel",
          "reviewStatus",
          "topSetKg",
          "topSetReps",
          "painScore",
          "painCharacter",
          "walkingMinutesPerDay",
          "findings",
          "notes");

  public byte[] csv(List<ReportView> reports) {
    StringBuilder csv = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
    for (ReportView r : reports) {
      var s = r.stated();
      csv.append(
              List.of(
                      r.week(),
                      r.level().name(),
                      r.triageLevel().name(),
                      r.reviewStatus().name(),
                      kg(s.getTopSetKg()),
                      s.getTopSetReps() == null ? "" : s.getTopSetReps().toString(),
                      String.valueOf(s.getPainScore()),
                      s.getPainCharacter() == null ? "" : s.getPainCharacter(),
                      s.getWalkingMinutesPerDay() == null
                          ? ""
                          : s.getWalkingMinutesPerDay().toString(),
                      findings(r),
                      s.getNotes() == null ? "" : s.getNotes())
                  .stream()
                  .map(CsvField::quoted)
                  .collect(Collectors.joining(",")))
          .append("\r\n");
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  public byte[] pdf(String athleteName, List<ReportView> reports) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
    try {
      PdfWriter.getInstance(document, out);
      document.open();
      document.add(
          new Paragraph(
              TEXTS.text("export.pdf.title", athleteName),
              FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16)));
      document.add(
          new Paragraph(TriageMessages.notice(), FontFactory.getFont(FontFactory.HELVETICA, 9)));
      document.add(new Paragraph(" "));
      PdfPTable table = new PdfPTable(new float[] {1.2f, 1f, 1.2f, 0.8f, 4f});
      table.setWidthPercentage(100);
      table.setHeaderRows(1);
      Font head = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
      Font body = FontFactory.getFont(FontFactory.HELVETICA, 9);
      for (String key :
          List.of(
              "export.column.week",
              "export.column.level",
              "export.column.topSet",
              "export.column.painScore",
              "export.column.findings")) {
        table.addCell(new PdfPCell(new Phrase(TEXTS.text(key), head)));
      }
      for (ReportView r : reports) {
        var s = r.stated();
        table.addCell(new Phrase(r.week(), body));
        table.addCell(new Phrase(TEXTS.text("export.level." + r.level()), body));
        table.addCell(
            new Phrase(
                s.getTopSetKg() == null ? "–" : kg(s.getTopSetKg()) + " kg × " + s.getTopSetReps(),
                body));
        table.addCell(new Phrase(s.getPainScore() + " / 10", body));
        table.addCell(
            new Phrase(
                r.findings().stream().map(FindingView::reason).collect(Collectors.joining("\n")),
                body));
      }
      document.add(table);
    } catch (DocumentException e) {
      throw new IllegalStateException("Could not write the PDF", e);
    } finally {
      document.close();
    }
    return out.toByteArray();
  }

  /** The file name for {@code athleteName}'s export, without its extension. */
  public static String fileName(String athleteName) {
    String slug = athleteName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    return "pullsafe-history-" + slug;
  }

  private static String findings(ReportView r) {
    return r.findings().stream().map(f -> f.code().name()).collect(Collectors.joining(" "));
  }

  private static String kg(BigDecimal kg) {
    return kg == null ? "" : kg.stripTrailingZeros().toPlainString();
  }
}
