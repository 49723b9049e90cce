package org.specworks.cms.archive;

/**
 * An archive that is not imported, with the reason in words: damaged, of an unknown format or
 * schema version, or meant for a database that already holds content. Nothing was written.
 */
public class ArchiveRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ArchiveRefusedException(String message) {
    super(message);
  }

  public ArchiveRefusedException(String message, Throwable cause) {
    super(message, cause);
  }
}
