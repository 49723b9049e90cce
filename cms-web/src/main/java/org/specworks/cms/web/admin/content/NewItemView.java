package org.specworks.cms.web.admin.content;

import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.specworks.cms.content.ContentInput;
import org.specworks.cms.content.ContentItem;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentSchema;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.content.ContentValidationException;
import org.specworks.cms.content.FieldDefinition;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.shared.InvalidInputException;
import org.specworks.cms.shared.PermissionDeniedException;
import org.specworks.cms.web.admin.Messages;

/**
 * Backs {@code admin/content/new.xhtml}: a new item of any type, at a path the editor chooses
 * (offered where most items of that type live), saved as its first draft revision; the editor then
 * continues on the item's edit page.
 */
@Named
@ViewScoped
public class NewItemView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "newItem";

  @Inject private ContentService content;
  @Inject private Instance<Actor> actor;
  @Inject private ExternalContext external;

  private ContentType type = ContentType.PAGE;
  private String path;
  private String offeredPath;
  private String title;
  private String description;
  private String body;
  private final Map<String, String> fields = new LinkedHashMap<>();
  private final Map<String, String> problems = new LinkedHashMap<>();
  private String changeNote;

  /** {@code f:viewAction}: offers the path where items of the chosen type usually go. */
  public void load() {
    offerPath();
  }

  /**
   * The type was changed: keep what was typed, offer the new type's usual place unless a path was
   * typed.
   */
  public void typeChanged() {
    fields.keySet().retainAll(getFieldDefinitions().stream().map(FieldDefinition::name).toList());
    problems.clear();
    if (path == null || path.isBlank() || path.equals(offeredPath)) {
      offerPath();
    }
  }

  private void offerPath() {
    offeredPath =
        ContentPath.usualParentOf(content.pathsOf(type))
            .map(parent -> parent.value() + "/")
            .orElse("/");
    path = offeredPath;
  }

  /**
   * Creates the item and opens it in the editor; every problem the core finds is shown beside its
   * field.
   */
  public void create() throws IOException {
    problems.clear();
    try {
      ContentItem item =
          content.create(
              actor.get(),
              type,
              path,
              new ContentInput(title, description, body, fields),
              changeNote);
      Messages.info("new.created", type.label(), item.path().value());
      Messages.keepForRedirect();
      EditorPage.open(external, item.path().value());
    } catch (ContentValidationException invalid) {
      FormProblems.show(FORM, invalid.violations(), problems);
      Messages.error("edit.invalid");
    } catch (InvalidInputException taken) {
      // Taken between the core's check and the insert: the path is the field to change.
      Messages.errorTextAt(FORM + ":path", taken.getMessage());
    } catch (PermissionDeniedException refused) {
      Messages.errorText(refused.getMessage());
    }
  }

  public List<ContentType> getTypes() {
    return Arrays.asList(ContentType.values());
  }

  public ContentSchema schema() {
    return type.schema();
  }

  public List<FieldDefinition> getFieldDefinitions() {
    return schema().fields();
  }

  public Map<String, String> getFields() {
    return fields;
  }

  /**
   * The structured fields' problems from the last attempt, by field name; shown beside each field.
   */
  public Map<String, String> getProblems() {
    return problems;
  }

  public ContentType getType() {
    return type;
  }

  public void setType(ContentType type) {
    this.type = type == null ? ContentType.PAGE : type;
  }

  public String getPath() {
    return path;
  }

  public void setPath(String path) {
    this.path = path;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public String getChangeNote() {
    return changeNote;
  }

  public void setChangeNote(String changeNote) {
    this.changeNote = changeNote;
  }
}
