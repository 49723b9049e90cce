package org.specworks.cms.web.admin.dashboard;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * A Chart.js configuration, as the JSON {@code p:chart} takes: labels along the x axis and one
 * dataset per series. Animation is off, so what a screen reader's table and a screenshot show is
 * the chart as it stays.
 */
final class ChartConfig {

  /** One series: its label, values (null for a gap), colour and how Chart.js draws it. */
  record Series(String label, List<? extends Number> values, String colour, Style style) {}

  enum Style {
    BAR,
    LINE,
    DASHED_LINE,
    /** Points only, drawn over bars: marks such as releases and urgent fixes. */
    MARKER
  }

  private final String type;
  private final List<String> labels;
  private final List<Series> series = new ArrayList<>();
  private boolean stacked;
  private String yTitle = "";

  ChartConfig(String type, List<String> labels) {
    this.type = type;
    this.labels = List.copyOf(labels);
  }

  static ChartConfig bar(List<String> labels) {
    return new ChartConfig("bar", labels);
  }

  static ChartConfig line(List<String> labels) {
    return new ChartConfig("line", labels);
  }

  ChartConfig add(Series one) {
    series.add(one);
    return this;
  }

  ChartConfig stacked() {
    stacked = true;
    return this;
  }

  ChartConfig yTitle(String title) {
    yTitle = title;
    return this;
  }

  String toJson() {
    JsonArrayBuilder sets = Json.createArrayBuilder();
    series.forEach(one -> sets.add(dataset(one, stacked)));
    JsonArrayBuilder xLabels = Json.createArrayBuilder();
    labels.forEach(xLabels::add);
    return Json.createObjectBuilder()
        .add("type", type)
        .add("data", Json.createObjectBuilder().add("labels", xLabels).add("datasets", sets))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("animation", false)
                .add("maintainAspectRatio", false)
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add("x", Json.createObjectBuilder().add("stacked", stacked))
                        .add(
                            "y",
                            Json.createObjectBuilder()
                                .add("stacked", stacked)
                                .add("beginAtZero", true)
                                // bars count things: whole numbers on the axis
                                .add(
                                    "ticks",
                                    Json.createObjectBuilder()
                                        .add("precision", type.equals("bar") ? 0 : 1))
                                .add(
                                    "title",
                                    Json.createObjectBuilder()
                                        .add("display", !yTitle.isEmpty())
                                        .add("text", yTitle)))))
        .build()
        .toString();
  }

  /**
   * One dataset. A stack name is only given on stacked charts: Chart.js puts every bar of one named
   * stack in the same slot even when the axes are not stacked, so they would overlap.
   */
  private static JsonObjectBuilder dataset(Series one, boolean stacked) {
    JsonArrayBuilder values = Json.createArrayBuilder();
    for (Number value : one.values()) {
      if (value == null) {
        values.addNull();
      } else if (value instanceof Double || value instanceof Float) {
        values.add(value.doubleValue());
      } else {
        values.add(value.longValue());
      }
    }
    JsonObjectBuilder set =
        Json.createObjectBuilder()
            .add("label", one.label())
            .add("data", values)
            .add("backgroundColor", one.colour())
            .add("borderColor", one.colour());
    switch (one.style()) {
      case BAR -> {
        if (stacked) {
          set.add("stack", "bars");
        }
      }
      case LINE -> set.add("type", "line").add("fill", false).add("tension", 0);
      case DASHED_LINE ->
          set.add("type", "line")
              .add("fill", false)
              .add("tension", 0)
              .add("borderDash", Json.createArrayBuilder().add(6).add(4));
      case MARKER ->
          set.add("type", "line")
              .add("showLine", false)
              .add("pointStyle", "triangle")
              .add("pointRadius", 7);
    }
    if (stacked && one.style() == Style.MARKER) {
      set.add("stack", one.label()); // each mark at its own count, not on top of the bars
    }
    return set;
  }
}
