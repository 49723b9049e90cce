package org.specworks.cms.web.admin.releases;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.omnifaces.util.Faces;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.identity.Permission;
import org.specworks.cms.releases.Release;
import org.specworks.cms.releases.ReleaseApproval;
import org.specworks.cms.releases.ReleaseService;
import org.specworks.cms.rendering.MarkdownRenderer;
import org.specworks.cms.scheduling.Schedule;
import org.specworks.cms.scheduling.ScheduleService;
import org.specworks.cms.shared.InvalidInputException;
import org.specworks.cms.shared.NotFoundException;
import org.specworks.cms.shared.PermissionDeniedException;
import org.specworks.cms.web.admin.Messages;
import org.specworks.cms.web.admin.UrlNumbers;
import org.specworks.cms.web.admin.review.DiffFields;
import org.specworks.cms.web.admin.schedules.ScheduleTimes;
import org.specworks.cms.workflow.IllegalTransitionException;
import org.specworks.cms.workflow.WorkflowStep;

/**
 * Backs {@code admin/releases/release.xhtml}: compose (add and remove items' drafts), compare with
 * live as one diff, submit, approve or reject, publish now or schedule. The rules are {@link
 * ReleaseService}'s.
 */
@Named
@ViewScoped
public class ReleaseView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** An action of the screen, which may be refused by the domain. */
  @FunctionalInterface
  private interface Action {
    void run();
  }

  @Inject private ReleaseService releases;
  @Inject private ScheduleService schedules;
  @Inject private jakarta.enterprise.inject.Instance<Actor> actor;
  @Inject private ExternalContext external;
  @Inject private MarkdownRenderer renderer;

  private long id;
  private String path;
  private String note;
  private String acceptedWarnings;
  private LocalDateTime when;
  private String zone = "UTC";
  private transient Release release;
  private transient List<ReleaseService.EntryChange> changes;
  private transient DiffFields.Shown shown;
  private String mode = DiffFields.INLINE;
  private transient String whyCannotDecide;
  private transient String whyStuck;

  public void load() throws IOException {
    try {
      release();
    } catch (NotFoundException missing) {
      Faces.responseSendError(404, "No such release");
    }
  }

  public void add() throws IOException {
    act(
        () ->
            releases.addLatest(
                actor.get(),
                id,
                ContentPath.parse(path)
                    .orElseThrow(
                        () -> new InvalidInputException(Messages.text("release.notAPath", path)))),
        Messages.text("release.added", path));
  }

  public void remove(String itemPath) throws IOException {
    act(
        () -> releases.remove(actor.get(), id, ContentPath.of(itemPath)),
        Messages.text("release.removed", itemPath));
  }

  public void submit() throws IOException {
    act(() -> releases.submit(actor.get(), id), Messages.text("release.submitted"));
  }

  public void approve() throws IOException {
    act(
        () -> {
          Release approved = releases.approve(actor.get(), id, note);
          return approved
              .currentStep()
              .map(
                  next ->
                      Messages.text(
                          "release.stepApproved",
                          approved.approvals().get(approved.approvals().size() - 1).stepName(),
                          next.name()))
              .orElse(Messages.text("release.approved"));
        });
  }

  public void reject() throws IOException {
    act(() -> releases.reject(actor.get(), id, note), Messages.text("release.rejected"));
  }

  public void reopen() throws IOException {
    act(() -> releases.reopen(actor.get(), id, note), Messages.text("release.reopened"));
  }

  public void publish() throws IOException {
    act(
        () -> releases.publish(actor.get(), id, acceptedWarnings),
        Messages.text("release.published"));
  }

  public void schedule() throws IOException {
    act(
        () -> schedules.scheduleRelease(actor.get(), id, when, zone, acceptedWarnings),
        Messages.text("release.scheduled"));
  }

  private void act(Action action, String done) throws IOException {
    act(
        () -> {
          action.run();
          return done;
        });
  }

  /**
   * Runs an action that tells what it did, shows that and reloads the release; shows a refusal's
   * reason.
   */
  private void act(Supplier<String> action) throws IOException {
    try {
      String done = action.get();
      Messages.infoText(done);
      Messages.keepForRedirect();
      external.redirect(
          external.getRequestContextPath() + "/admin/releases/release.xhtml?id=" + id);
    } catch (IllegalTransitionException
        | InvalidInputException
        | PermissionDeniedException
        | NotFoundException refused) {
      Messages.errorText(refused.getMessage());
    } catch (jakarta.ejb.EJBException failed) {
      Messages.error("release.notPublished", failed.getMessage());
    }
  }

  public Release release() {
    if (release == null) {
      release = releases.require(id);
    }
    return release;
  }

  /**
   * What the release changes, entry by entry ({@link ReleaseService#changes}): compared with live
   * until it is published, then with what each entry replaced.
   */
  public List<ReleaseService.EntryChange> getChanges() {
    if (changes == null) {
      changes = releases.changes(id);
    }
    return changes;
  }

  /** The changed fields of the entry at {@code index}, shown as the review screen shows them. */
  public List<DiffFields.FieldView> fieldsOf(int index) {
    return shown().groups().get(index);
  }

  /** Links to each change of the whole release, for the top of the changes. */
  public String getJumps() {
    return shown().jumps();
  }

  private DiffFields.Shown shown() {
    if (shown == null) {
      shown =
          DiffFields.of(
              getChanges().stream().map(entry -> entry.changes().changes()).toList(),
              mode,
              renderer);
    }
    return shown;
  }

  public String getMode() {
    return mode;
  }

  public void setMode(String mode) {
    this.mode = DiffFields.mode(mode);
    this.shown = null;
  }

  /** Why the release can go no further until it is reopened, or empty; core decides. */
  public String getWhyStuck() {
    if (whyStuck == null) {
      whyStuck = releases.whyStuck(id).orElse("");
    }
    return whyStuck;
  }

  public boolean isMayReopen() {
    return releases.whyCannotReopen(actor.get(), id).isEmpty();
  }

  public List<Schedule> getSchedules() {
    return schedules.ofRelease(id);
  }

  public String describe(Schedule schedule) {
    return ScheduleTimes.describe(schedule);
  }

  public List<jakarta.faces.model.SelectItem> getZones() {
    return ScheduleTimes.zones();
  }

  /** Each step of the release's review with where it stands, for the steps panel. */
  public List<StepProgress> getSteps() {
    Release shown = release();
    List<ReleaseApproval> approvals = shown.approvals();
    List<WorkflowStep> steps = shown.steps();
    List<StepProgress> progress = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      WorkflowStep step = steps.get(i);
      boolean waiting = shown.currentStep().isPresent() && i == approvals.size();
      String where =
          i < approvals.size()
              ? Messages.text("release.step.approved", approvals.get(i).approvedBy())
              : waiting
                  ? Messages.text("release.step.waiting", step.reviewerGroup())
                  : Messages.text("release.step.later");
      progress.add(new StepProgress(i + 1, step.name(), where, i < approvals.size()));
    }
    return progress;
  }

  /** One row of the steps panel. */
  public record StepProgress(int number, String name, String where, boolean approved) {}

  /** Why the signed-in reviewer cannot approve the current step, or empty; core decides. */
  public String getWhyCannotDecide() {
    if (whyCannotDecide == null) {
      whyCannotDecide = releases.whyCannotDecide(actor.get(), id).orElse("");
    }
    return whyCannotDecide;
  }

  public boolean isMayDecide() {
    return actor.get().may(Permission.DECIDE_ON_RELEASES);
  }

  public boolean isMayCompose() {
    return actor.get().may(Permission.COMPOSE_RELEASES);
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  /** The {@code ?id=} of the address, as typed: one that is not a number names no record (404). */
  public String getIdParam() {
    return Long.toString(id);
  }

  public void setIdParam(String typed) {
    this.id = UrlNumbers.parse(typed).orElse(UrlNumbers.NONE);
  }

  public String getPath() {
    return path;
  }

  public void setPath(String path) {
    this.path = path;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getAcceptedWarnings() {
    return acceptedWarnings;
  }

  public void setAcceptedWarnings(String acceptedWarnings) {
    this.acceptedWarnings = acceptedWarnings;
  }

  public LocalDateTime getWhen() {
    return when;
  }

  public void setWhen(LocalDateTime when) {
    this.when = when;
  }

  public String getZone() {
    return zone;
  }

  public void setZone(String zone) {
    this.zone = zone;
  }
}
