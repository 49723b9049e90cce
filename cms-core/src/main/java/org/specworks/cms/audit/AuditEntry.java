package org.specworks.cms.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * One recorded action. Every column is insert-only: there is no way to change or remove an entry.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
  @SequenceGenerator(
      name = "audit_entry_seq",
      sequenceName = "audit_entry_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private OffsetDateTime occurredAt;

  @Column(name = "actor", nullable = false, updatable = false, length = 100)
  private String actor;

  @Column(name = "action", nullable = false, updatable = false, length = 60)
  private String action;

  @Column(name = "item_id", updatable = false)
  private Long itemId;

  @Column(name = "item_path", updatable = false, length = 400)
  private String itemPath;

  @Column(name = "revision_id", updatable = false)
  private Long revisionId;

  @Column(name = "detail", nullable = false, updatable = false, length = 4000)
  private String detail;

  protected AuditEntry() {
    // for JPA
  }

  AuditEntry(
      Instant occurredAt,
      String actor,
      AuditAction action,
      Long itemId,
      String itemPath,
      Long revisionId,
      String detail) {
    this.occurredAt = occurredAt.atOffset(ZoneOffset.UTC);
    this.actor = actor;
    this.action = action.id();
    this.itemId = itemId;
    this.itemPath = itemPath;
    this.revisionId = revisionId;
    this.detail = detail == null ? "" : truncate(detail);
  }

  private static String truncate(String detail) {
    return detail.length() <= 4000 ? detail : detail.substring(0, 3999) + "…";
  }

  public Long id() {
    return id;
  }

  public Instant occurredAt() {
    return occurredAt.toInstant();
  }

  public String actor() {
    return actor;
  }

  /** The dotted action id, e.g. {@code workflow.approve}. */
  public String action() {
    return action;
  }

  public Optional<Long> itemId() {
    return Optional.ofNullable(itemId);
  }

  public Optional<String> itemPath() {
    return Optional.ofNullable(itemPath);
  }

  public Optional<Long> revisionId() {
    return Optional.ofNullable(revisionId);
  }

  public String detail() {
    return detail;
  }
}
