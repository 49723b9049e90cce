package org.specworks.cms.documents;

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

/**
 * What is known about one stored file; its bytes live in {@link StoredFileContent}. Never changes.
 */
@Entity
@Table(name = "stored_file")
public class StoredFile {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stored_file_seq")
  @SequenceGenerator(
      name = "stored_file_seq",
      sequenceName = "stored_file_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "sha256", nullable = false, updatable = false, length = 64)
  private String sha256;

  @Column(name = "media_type", nullable = false, updatable = false, length = 100)
  private String mediaType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long sizeBytes;

  @Column(name = "file_name", nullable = false, updatable = false, length = 200)
  private String fileName;

  @Column(name = "uploaded_by", nullable = false, updatable = false, length = 64)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false, updatable = false)
  private OffsetDateTime uploadedAt;

  protected StoredFile() {
    // for JPA
  }

  StoredFile(
      String sha256,
      String mediaType,
      long sizeBytes,
      String fileName,
      String uploadedBy,
      Instant at) {
    this.sha256 = sha256;
    this.mediaType = mediaType;
    this.sizeBytes = sizeBytes;
    this.fileName = fileName;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = at.atOffset(ZoneOffset.UTC);
  }

  public Long id() {
    return id;
  }

  public String sha256() {
    return sha256;
  }

  public String mediaType() {
    return mediaType;
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  public String fileName() {
    return fileName;
  }

  public String uploadedBy() {
    return uploadedBy;
  }

  public Instant uploadedAt() {
    return uploadedAt.toInstant();
  }
}
