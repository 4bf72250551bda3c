package com.pullsafe.web;

import com.pullsafe.squad.AthleteTrend;
import com.pullsafe.squad.SquadTrends;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * Chart.js configurations (the raw JSON that PrimeFaces' {@code p:chart} takes, drawn by the
 * bundled Chart.js under the portal's Content-Security-Policy) of the trends a coach acts on: an
 * athlete's pain with the flagged weeks marked (a triangle, not colour alone), their top set
 * against the progression cap (a dashed line), and the squad's flagged share by week. Each chart
 * has a table next to it with the same numbers for screen readers and for reading exact values.
 */
@Named
@ApplicationScoped
public class TrendCharts {

  private static final String PAIN_COLOUR = "#b42318";
  private static final String LOAD_COLOUR = "#0b5c8a";
  private static final String CAP_COLOUR = "#52606d";
  private static final String FLAGGED_COLOUR = "#7a4a00";
  private static final int PAIN_MAX = 10;

  @Inject private Texts texts;
  @Inject private Formats formats;

  public TrendCharts() {}

  TrendCharts(Texts texts, Formats formats) {
    this.texts = texts;
    this.formats = formats;
  }

  public String pain(List<AthleteTrend.Week> weeks) {
    JsonObjectBuilder pain =
        dataset(texts.get("trend.pain"), PAIN_COLOUR, weeks, w -> number(w.painScore()));
    JsonArrayBuilder styles = Json.createArrayBuilder();
    JsonArrayBuilder radii = Json.createArrayBuilder();
    for (AthleteTrend.Week w : weeks) {
      styles.add(w.flagged() ? "triangle" : "circle");
      radii.add(w.flagged() ? 8 : 4);
    }
    pain.add("pointStyle", styles).add("pointRadius", radii);
    return chart(
        "line",
        labels(weeks),
        Json.createArrayBuilder().add(pain),
        Json.createObjectBuilder()
            .add("min", 0)
            .add("max", PAIN_MAX)
            .add("ticks", Json.createObjectBuilder().add("stepSize", 2)),
        true);
  }

  public String load(List<AthleteTrend.Week> weeks) {
    JsonObjectBuilder cap =
        dataset(texts.get("trend.cap"), CAP_COLOUR, weeks, AthleteTrend.Week::capKg)
            .add("borderDash", Json.createArrayBuilder().add(6).add(4))
            .add("pointStyle", "dash")
            .add("stepped", true);
    return chart(
        "line",
        labels(weeks),
        Json.createArrayBuilder()
            .add(
                dataset(texts.get("trend.topSet"), LOAD_COLOUR, weeks, AthleteTrend.Week::topSetKg))
            .add(cap),
        Json.createObjectBuilder().add("min", 0).add("beginAtZero", true),
        true);
  }

  /** The squad's flagged share by week, in percent (a gap for a week without reports). */
  public String flaggedShare(SquadTrends trends) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder data = Json.createArrayBuilder();
    for (SquadTrends.Week w : trends.weeks()) {
      labels.add(formats.week(w.week()));
      if (w.flaggedPercent() == null) {
        data.addNull();
      } else {
        data.add(w.flaggedPercent());
      }
    }
    return chart(
        "bar",
        labels,
        Json.createArrayBuilder()
            .add(
                Json.createObjectBuilder()
                    .add("label", texts.get("trend.flaggedShare"))
                    .add("data", data)
                    .add("backgroundColor", FLAGGED_COLOUR)),
        Json.createObjectBuilder().add("min", 0).add("max", 100),
        false);
  }

  private JsonArrayBuilder labels(List<AthleteTrend.Week> weeks) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    weeks.forEach(w -> labels.add(formats.week(w.week())));
    return labels;
  }

  private static BigDecimal number(Integer value) {
    return value == null ? null : BigDecimal.valueOf(value);
  }

  private static JsonObjectBuilder dataset(
      String label,
      String colour,
      List<AthleteTrend.Week> weeks,
      Function<AthleteTrend.Week, BigDecimal> value) {
    JsonArrayBuilder data = Json.createArrayBuilder();
    for (AthleteTrend.Week w : weeks) {
      BigDecimal v = value.apply(w);
      if (v == null) {
        data.addNull();
      } else {
        data.add(v);
      }
    }
    return Json.createObjectBuilder()
        .add("label", label)
        .add("data", data)
        .add("borderColor", colour)
        .add("backgroundColor", colour)
        .add("tension", 0.2)
        .add("spanGaps", false);
  }

  private static String chart(
      String type,
      JsonArrayBuilder labels,
      JsonArrayBuilder datasets,
      JsonObjectBuilder yAxis,
      boolean legend) {
    return Json.createObjectBuilder()
        .add("type", type)
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add(
                    "plugins",
                    Json.createObjectBuilder()
                        .add(
                            "legend",
                            Json.createObjectBuilder()
                                .add("display", legend)
                                .add(
                                    "labels",
                                    Json.createObjectBuilder().add("usePointStyle", true))))
                .add("scales", Json.createObjectBuilder().add("y", yAxis)))
        .build()
        .toString();
  }
}
