package org.specworks.cms.agreements;

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

/** A visitor's acceptance of one exact version of an agreement. Never changed. */
@Entity
@Table(name = "agreement_acceptance")
public class AgreementAcceptance {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agreement_acceptance_seq")
  @SequenceGenerator(
      name = "agreement_acceptance_seq",
      sequenceName = "agreement_acceptance_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "agreement_path", nullable = false, updatable = false, length = 400)
  private String agreementPath;

  @Column(name = "agreement_version", nullable = false, updatable = false)
  private int agreementVersion;

  @Column(name = "agreement_revision_id", nullable = false, updatable = false)
  private long agreementRevisionId;

  @Column(name = "document_path", nullable = false, updatable = false, length = 400)
  private String documentPath;

  @Column(name = "visitor_reference", nullable = false, updatable = false, length = 64)
  private String visitorReference;

  @Column(name = "accepted_at", nullable = false, updatable = false)
  private OffsetDateTime acceptedAt;

  protected AgreementAcceptance() {
    // for JPA
  }

  AgreementAcceptance(
      String agreementPath,
      int agreementVersion,
      long agreementRevisionId,
      String documentPath,
      String visitorReference,
      Instant at) {
    this.agreementPath = agreementPath;
    this.agreementVersion = agreementVersion;
    this.agreementRevisionId = agreementRevisionId;
    this.documentPath = documentPath;
    this.visitorReference = visitorReference;
    this.acceptedAt = at.atOffset(ZoneOffset.UTC);
  }

  public Long id() {
    return id;
  }

  public String agreementPath() {
    return agreementPath;
  }

  public int agreementVersion() {
    return agreementVersion;
  }

  public long agreementRevisionId() {
    return agreementRevisionId;
  }

  public String documentPath() {
    return documentPath;
  }

  /**
   * SHA-256 of the random secret in the visitor's cookie; identifies a browser, not a person or
   * address.
   */
  public String visitorReference() {
    return visitorReference;
  }

  public Instant acceptedAt() {
    return acceptedAt.toInstant();
  }
}
