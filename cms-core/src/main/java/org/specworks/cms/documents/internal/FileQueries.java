package org.specworks.cms.documents.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.specworks.cms.documents.StoredFile;
import org.specworks.cms.documents.StoredFileContent;

/** The JPA queries of stored files. */
@Dependent
public class FileQueries {

  @PersistenceContext(unitName = "cms")
  private EntityManager em;

  public Optional<StoredFile> bySha256(String sha256) {
    return em.createQuery("select f from StoredFile f where f.sha256 = :sha", StoredFile.class)
        .setParameter("sha", sha256)
        .getResultStream()
        .findFirst();
  }

  public Optional<StoredFileContent> contentOf(StoredFile file) {
    return Optional.ofNullable(em.find(StoredFileContent.class, file.id()));
  }

  /** Stores the description and then the bytes under its id. */
  public void add(StoredFile file) {
    em.persist(file);
    em.flush();
  }

  public void add(StoredFileContent content) {
    em.persist(content);
  }

  /** Writes what was added now, inside the caller's transaction. */
  public void flush() {
    em.flush();
  }
}
