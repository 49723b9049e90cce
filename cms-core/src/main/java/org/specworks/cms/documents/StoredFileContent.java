package org.specworks.cms.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of a {@link StoredFile}, loaded only to serve them. */
@Entity
@Table(name = "stored_file_content")
public class StoredFileContent {

  @Id
  @Column(name = "file_id")
  private Long fileId;

  @Column(name = "content", nullable = false, updatable = false)
  private byte[] content;

  protected StoredFileContent() {
    // for JPA
  }

  StoredFileContent(long fileId, byte[] content) {
    this.fileId = fileId;
    this.content = content.clone();
  }

  public byte[] content() {
    return content.clone();
  }
}
