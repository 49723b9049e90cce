package org.specworks.cms.web.admin.content;

import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.Revision;
import org.specworks.cms.content.StaleRevisionException;
import org.specworks.cms.documents.DocumentFiles;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.shared.InvalidInputException;
import org.specworks.cms.shared.PermissionDeniedException;
import org.specworks.cms.shared.TryAgainLaterException;
import org.specworks.cms.web.admin.Messages;

/**
 * Backs the upload form on a document's editor page: PrimeFaces sends the chosen file in the
 * background (showing its progress) to {@link #upload}, which hands it to {@link DocumentFiles};
 * that checks it and saves it as a new revision on top of the revision the page shows.
 */
@Named
@ViewScoped
public class DocumentUploadView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private DocumentFiles documents;
  @Inject private Instance<Actor> actor;
  @Inject private ExternalContext external;
  @Inject private ContentEditView editor;

  public void upload(FileUploadEvent event) throws IOException {
    UploadedFile file = event.getFile();
    if (file == null || file.getSize() == 0) {
      Messages.errorAt("upload:file", "upload.choose");
      return;
    }
    if (file.getSize() > documents.maxBytes()) {
      Messages.errorAt("upload:file", "upload.tooLarge", megabytes());
      return;
    }
    byte[] bytes;
    try (InputStream in = file.getInputStream()) {
      bytes = in.readAllBytes();
    }
    try {
      Revision saved =
          documents.attachPdf(
              actor.get(),
              ContentPath.of(editor.getPath()),
              editor.getBaseRevisionId(),
              file.getFileName(),
              bytes,
              null);
      Messages.info("upload.done", saved.content().field("fileName"), saved.number());
      Messages.keepForRedirect();
      // A fresh page: the editor's form must start from the new revision, not the one this page was
      // opened on.
      EditorPage.open(external, editor.getPath());
    } catch (InvalidInputException
        | PermissionDeniedException
        | StaleRevisionException
        | TryAgainLaterException refused) {
      Messages.errorTextAt("upload:file", refused.getMessage());
    }
  }

  /** The upload limit, for the browser's own check before sending. */
  public long getMaxBytes() {
    return documents.maxBytes();
  }

  public String megabytes() {
    return (documents.maxBytes() / (1024 * 1024)) + " MB";
  }
}
