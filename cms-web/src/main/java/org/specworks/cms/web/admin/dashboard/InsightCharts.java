package org.specworks.cms.web.admin.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.primefaces.event.ItemSelectEvent;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.insights.AgeBucket;
import org.specworks.cms.insights.EditorialInsights;
import org.specworks.cms.insights.InsightWindow;
import org.specworks.cms.insights.PublishingWeek;
import org.specworks.cms.insights.ScheduleWeek;
import org.specworks.cms.insights.StepTurnaround;
import org.specworks.cms.insights.TurnaroundWeek;
import org.specworks.cms.insights.WaitingAtStep;
import org.specworks.cms.web.admin.Messages;
import org.specworks.cms.web.admin.dashboard.ChartConfig.Series;
import org.specworks.cms.web.admin.dashboard.ChartConfig.Style;

/**
 * Backs the dashboard's charts: turns the series {@link EditorialInsights} computes into Chart.js
 * configurations for {@code p:chart} and into the tables behind each chart's toggle. A click on a
 * bar of "waiting now" opens the review list filtered to that step and age.
 */
@Named
@ViewScoped
public class InsightCharts implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter WEEK =
      DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
  private static final String[] STEP_COLOURS = {"#1f5fa8", "#a8461f", "#2e7d32", "#6a3d9a"};
  private static final String[] TYPE_COLOURS = {
    "#1f5fa8", "#2e7d32", "#6a3d9a", "#a86200", "#00796b", "#5d4037"
  };
  private static final String[] BUCKET_COLOURS = {"#7fa7d6", "#e0a030", "#b3261e"};

  @Inject private EditorialInsights insights;
  @Inject private Instance<Actor> actor;

  private boolean team;
  private List<String> weekLabels;
  // Its weeks hold Optionals, which do not serialise: read again after the session moved instance.
  private transient List<StepTurnaround> turnaround;
  private List<WaitingAtStep> waiting;
  private List<PublishingWeek> publishing;
  private List<ScheduleWeek> schedules;

  @PostConstruct
  void load() {
    Actor me = actor.get();
    InsightWindow window = insights.window();
    team = insights.seesTeam(me);
    weekLabels = window.weekStarts().stream().map(WEEK::format).toList();
    turnaround = insights.turnaround(me, window);
    waiting = insights.waitingNow(me);
    publishing = insights.publishing(window);
    schedules = insights.schedules(window);
  }

  private List<StepTurnaround> turnaround() {
    if (turnaround == null) {
      turnaround = insights.turnaround(actor.get(), insights.window());
    }
    return turnaround;
  }

  /** Whether the review charts show everyone's reviews or only the viewer's submissions. */
  public boolean isTeam() {
    return team;
  }

  public boolean isTurnaroundEmpty() {
    return turnaround().stream().allMatch(StepTurnaround::isEmpty);
  }

  public boolean isWaitingEmpty() {
    return waiting.isEmpty();
  }

  public boolean isPublishingEmpty() {
    return publishing.stream()
        .allMatch(week -> week.total() == 0 && week.releases() == 0 && week.urgentFixes() == 0);
  }

  public boolean isSchedulesEmpty() {
    return schedules.stream().allMatch(week -> week.total() == 0);
  }

  /** Median (solid) and 90th percentile (dashed) per step, in hours. */
  public String getTurnaroundChart() {
    ChartConfig chart = ChartConfig.line(weekLabels).yTitle(Messages.text("insights.hours"));
    for (int i = 0; i < turnaround().size(); i++) {
      StepTurnaround step = turnaround().get(i);
      String colour = STEP_COLOURS[i % STEP_COLOURS.length];
      chart.add(
          new Series(
              Messages.text("insights.turnaround.median", step.step()),
              hours(step, TurnaroundWeek::median),
              colour,
              Style.LINE));
      chart.add(
          new Series(
              Messages.text("insights.turnaround.p90", step.step()),
              hours(step, TurnaroundWeek::p90),
              colour,
              Style.DASHED_LINE));
    }
    return chart.toJson();
  }

  public InsightTable getTurnaroundTable() {
    List<String> columns = new ArrayList<>(List.of(Messages.text("insights.week")));
    for (StepTurnaround step : turnaround()) {
      columns.add(Messages.text("insights.turnaround.decisions", step.step()));
      columns.add(Messages.text("insights.turnaround.median", step.step()));
      columns.add(Messages.text("insights.turnaround.p90", step.step()));
    }
    List<List<String>> rows = new ArrayList<>();
    for (int week = 0; week < weekLabels.size(); week++) {
      List<String> row = new ArrayList<>(List.of(weekLabels.get(week)));
      for (StepTurnaround step : turnaround()) {
        TurnaroundWeek one = step.weeks().get(week);
        row.add(Long.toString(one.decisions()));
        row.add(one.median().map(InsightCharts::hoursText).orElse("–"));
        row.add(one.p90().map(InsightCharts::hoursText).orElse("–"));
      }
      rows.add(row);
    }
    return new InsightTable(columns, rows);
  }

  /** One group of bars per step, one bar per age bucket. */
  public String getWaitingChart() {
    ChartConfig chart = ChartConfig.bar(getWaitingSteps());
    AgeBucket[] buckets = AgeBucket.values();
    for (int i = 0; i < buckets.length; i++) {
      AgeBucket bucket = buckets[i];
      chart.add(
          new Series(
              bucket.label(),
              waiting.stream().map(step -> step.count(bucket)).toList(),
              BUCKET_COLOURS[i],
              Style.BAR));
    }
    return chart.toJson();
  }

  public List<String> getWaitingSteps() {
    return waiting.stream().map(WaitingAtStep::step).toList();
  }

  public List<WaitingAtStep> getWaiting() {
    return waiting;
  }

  public List<AgeBucket> getAgeBuckets() {
    return List.of(AgeBucket.values());
  }

  /** A click on a bar of "waiting now": the reviews of that step and age, in the review list. */
  public void openWaiting(ItemSelectEvent event) throws IOException {
    if (event.getItemIndex() < 0
        || event.getItemIndex() >= waiting.size()
        || event.getDataSetIndex() < 0
        || event.getDataSetIndex() >= AgeBucket.values().length) {
      return; // a click beside the bars
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    faces
        .getExternalContext()
        .redirect(
            faces.getExternalContext().getRequestContextPath()
                + "/admin/review/index.xhtml?step="
                + URLEncoder.encode(
                    waiting.get(event.getItemIndex()).step(), StandardCharsets.UTF_8)
                + "&waiting="
                + AgeBucket.values()[event.getDataSetIndex()].key());
  }

  /** Publications per week stacked by type; releases and urgent fixes as marks above. */
  public String getPublishingChart() {
    ChartConfig chart = ChartConfig.bar(weekLabels).stacked();
    List<ContentType> types = publishedTypes();
    for (int i = 0; i < types.size(); i++) {
      ContentType type = types.get(i);
      chart.add(
          new Series(
              type.label(),
              publishing.stream().map(week -> week.published(type)).toList(),
              TYPE_COLOURS[i % TYPE_COLOURS.length],
              Style.BAR));
    }
    chart.add(
        new Series(
            Messages.text("insights.publishing.releases"),
            marks(PublishingWeek::releases),
            "#000000",
            Style.MARKER));
    chart.add(
        new Series(
            Messages.text("insights.publishing.urgentFixes"),
            marks(PublishingWeek::urgentFixes),
            "#b3261e",
            Style.MARKER));
    return chart.toJson();
  }

  public InsightTable getPublishingTable() {
    List<ContentType> types = publishedTypes();
    List<String> columns = new ArrayList<>(List.of(Messages.text("insights.week")));
    types.forEach(type -> columns.add(type.label()));
    columns.add(Messages.text("insights.publishing.releases"));
    columns.add(Messages.text("insights.publishing.urgentFixes"));
    List<List<String>> rows = new ArrayList<>();
    for (int week = 0; week < weekLabels.size(); week++) {
      PublishingWeek one = publishing.get(week);
      List<String> row = new ArrayList<>(List.of(weekLabels.get(week)));
      types.forEach(type -> row.add(Long.toString(one.published(type))));
      row.add(Long.toString(one.releases()));
      row.add(Long.toString(one.urgentFixes()));
      rows.add(row);
    }
    return new InsightTable(columns, rows);
  }

  public String getSchedulesChart() {
    return ChartConfig.bar(weekLabels)
        .stacked()
        .add(
            new Series(
                Messages.text("insights.schedules.onTime"),
                schedules.stream().map(ScheduleWeek::onTime).toList(),
                "#2e7d32",
                Style.BAR))
        .add(
            new Series(
                Messages.text("insights.schedules.late"),
                schedules.stream().map(ScheduleWeek::late).toList(),
                "#e0a030",
                Style.BAR))
        .add(
            new Series(
                Messages.text("insights.schedules.failed"),
                schedules.stream().map(ScheduleWeek::failed).toList(),
                "#b3261e",
                Style.BAR))
        .toJson();
  }

  public InsightTable getSchedulesTable() {
    List<List<String>> rows = new ArrayList<>();
    for (int week = 0; week < weekLabels.size(); week++) {
      ScheduleWeek one = schedules.get(week);
      rows.add(
          List.of(
              weekLabels.get(week),
              Long.toString(one.onTime()),
              Long.toString(one.late()),
              Long.toString(one.failed())));
    }
    return new InsightTable(
        List.of(
            Messages.text("insights.week"),
            Messages.text("insights.schedules.onTime"),
            Messages.text("insights.schedules.late"),
            Messages.text("insights.schedules.failed")),
        rows);
  }

  /** The types published at least once in the window, in the order of {@link ContentType}. */
  private List<ContentType> publishedTypes() {
    return List.of(ContentType.values()).stream()
        .filter(type -> publishing.stream().anyMatch(week -> week.published(type) > 0))
        .toList();
  }

  /** A mark's value where something happened (drawn at its count), a gap elsewhere. */
  private List<Long> marks(Function<PublishingWeek, Long> count) {
    return publishing.stream().map(count).map(value -> value == 0 ? null : value).toList();
  }

  private static List<Double> hours(
      StepTurnaround step, Function<TurnaroundWeek, Optional<Duration>> which) {
    return step.weeks().stream()
        .map(which)
        .map(value -> value.map(InsightCharts::hoursOf).orElse(null))
        .toList();
  }

  private static Double hoursOf(Duration duration) {
    return Math.round(duration.toMillis() / 360_000.0) / 10.0;
  }

  private static String hoursText(Duration duration) {
    return Messages.text(
        "insights.hoursValue", String.format(Locale.ENGLISH, "%.1f", hoursOf(duration)));
  }
}
