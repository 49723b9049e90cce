package org.specworks.cms.documents;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;

/**
 * Finds what a PDF reader would run or open by itself in a parsed document. Every object is
 * visited, not only the places a well-formed file keeps actions (names tree, catalog, pages,
 * annotations, form fields): an action is an action wherever a reader may find it, and a crafted
 * file does not have to be well-formed. The walk uses its own stack, so a deeply nested file cannot
 * exhaust the thread's.
 */
final class PdfActiveContent {

  /** What was found, in the words the editor is shown. */
  enum Kind {
    JAVASCRIPT("JavaScript"),
    LAUNCH("launch actions that start programs"),
    EMBEDDED_FILES("embedded files"),
    OPEN_ACTION("an action that runs when it is opened (/OpenAction)"),
    AUTOMATIC_ACTIONS("actions that run by themselves (/AA on the document, a page or a field)"),
    FORM_DATA_ACTIONS("form actions that send or load data"),
    XFA_FORMS("an XFA form, which can hold scripts"),
    RICH_MEDIA("rich media (Flash or 3D) that can run code");

    private final String description;

    Kind(String description) {
      this.description = description;
    }

    String description() {
      return description;
    }
  }

  private static final COSName LAUNCH = COSName.getPDFName("Launch");
  private static final COSName GOTO_E = COSName.getPDFName("GoToE");
  private static final COSName RICH_MEDIA = COSName.getPDFName("RichMedia");

  private PdfActiveContent() {}

  /** The kinds of active content in {@code document}, in a stable order; empty when none. */
  static Set<Kind> in(COSDocument document) {
    Set<Kind> found = EnumSet.noneOf(Kind.class);
    Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<COSBase> pending = new ArrayDeque<>();
    pending.push(document.getTrailer());
    // Objects no reference leads to are looked at too: lenient readers find objects by scanning.
    for (COSObjectKey key : document.getXrefTable().keySet()) {
      COSObject object = document.getObjectFromPool(key);
      if (object != null) {
        pending.push(object);
      }
    }
    while (!pending.isEmpty()) {
      COSBase next = pending.pop();
      COSBase value = next instanceof COSObject reference ? reference.getObject() : next;
      if (value == null || !seen.add(value)) {
        continue;
      }
      if (value instanceof COSDictionary dictionary) {
        inspect(dictionary, found);
        dictionary.getValues().forEach(pending::push);
      } else if (value instanceof COSArray array) {
        array.forEach(pending::push);
      }
    }
    return found;
  }

  private static void inspect(COSDictionary dictionary, Set<Kind> found) {
    COSName action = dictionary.getCOSName(COSName.S);
    if (COSName.JAVA_SCRIPT.equals(action)
        || dictionary.containsKey(COSName.JS)
        || dictionary.containsKey(COSName.JAVA_SCRIPT)) {
      found.add(Kind.JAVASCRIPT);
    }
    if (LAUNCH.equals(action)) {
      found.add(Kind.LAUNCH);
    }
    if (GOTO_E.equals(action)
        || dictionary.containsKey(COSName.EMBEDDED_FILES)
        || dictionary.containsKey(COSName.EF)
        || COSName.EMBEDDED_FILE.equals(dictionary.getCOSName(COSName.TYPE))
        || COSName.getPDFName("FileAttachment").equals(dictionary.getCOSName(COSName.SUBTYPE))) {
      found.add(Kind.EMBEDDED_FILES);
    }
    // An /OpenAction that is an array is a destination (open at page n), which is harmless.
    if (dictionary.getDictionaryObject(COSName.OPEN_ACTION) instanceof COSDictionary) {
      found.add(Kind.OPEN_ACTION);
    }
    if (dictionary.containsKey(COSName.AA)) {
      found.add(Kind.AUTOMATIC_ACTIONS);
    }
    if (action != null
        && (action.getName().equals("SubmitForm") || action.getName().equals("ImportData"))) {
      found.add(Kind.FORM_DATA_ACTIONS);
    }
    if (dictionary.containsKey(COSName.XFA)) {
      found.add(Kind.XFA_FORMS);
    }
    if (RICH_MEDIA.equals(dictionary.getCOSName(COSName.SUBTYPE))
        || (action != null && action.getName().equals("RichMediaExecute"))) {
      found.add(Kind.RICH_MEDIA);
    }
  }
}
