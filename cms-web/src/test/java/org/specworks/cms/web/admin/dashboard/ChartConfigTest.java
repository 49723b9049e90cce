package org.specworks.cms.web.admin.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.specworks.cms.web.admin.dashboard.ChartConfig.Series;
import org.specworks.cms.web.admin.dashboard.ChartConfig.Style;

class ChartConfigTest {

  @Test
  void groupedBarsHaveNoStackSoChartJsGivesEachItsOwnSlot() {
    JsonObject chart =
        parse(
            ChartConfig.bar(List.of("Review"))
                .add(new Series("< 1 day", List.of(0L), "#000", Style.BAR))
                .add(new Series("> 3 days", List.of(2L), "#111", Style.BAR))
                .toJson());

    assertEquals("bar", chart.getString("type"));
    JsonObject second = chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(1);
    assertFalse(second.containsKey("stack"), second.toString());
    assertEquals(2, second.getJsonArray("data").getJsonNumber(0).longValue());
    assertFalse(chart.getJsonObject("options").getBoolean("animation"));
    JsonObject y = chart.getJsonObject("options").getJsonObject("scales").getJsonObject("y");
    assertEquals(0, y.getJsonObject("ticks").getInt("precision"), "counts are whole numbers");
  }

  @Test
  void stackedBarsShareAStackAndEachMarkKeepsItsOwnCountWithGapsAsNull() {
    JsonObject chart =
        parse(
            ChartConfig.bar(List.of("1 Dec", "8 Dec"))
                .stacked()
                .add(new Series("Page", List.of(3L, 1L), "#000", Style.BAR))
                .add(new Series("Urgent fixes", Arrays.asList(null, 1L), "#b00", Style.MARKER))
                .toJson());

    var sets = chart.getJsonObject("data").getJsonArray("datasets");
    assertEquals("bars", sets.getJsonObject(0).getString("stack"));
    JsonObject mark = sets.getJsonObject(1);
    assertEquals("Urgent fixes", mark.getString("stack"));
    assertEquals("line", mark.getString("type"));
    assertTrue(mark.getJsonArray("data").isNull(0));
    assertTrue(
        chart
            .getJsonObject("options")
            .getJsonObject("scales")
            .getJsonObject("y")
            .getBoolean("stacked"));
  }

  @Test
  void linesKeepFractionalHours() {
    JsonObject chart =
        parse(
            ChartConfig.line(List.of("1 Dec"))
                .yTitle("hours")
                .add(new Series("Review: median", List.of(8.4), "#000", Style.DASHED_LINE))
                .toJson());

    JsonObject set = chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(0);
    assertEquals(8.4, set.getJsonArray("data").getJsonNumber(0).doubleValue());
    assertEquals(2, set.getJsonArray("borderDash").size());
  }

  private static JsonObject parse(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }
}
