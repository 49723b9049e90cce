package org.specworks.cms.web.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.Format;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The admin's texts and one way to tell the user what happened, on this page or (flash) on the next
 * one after a redirect.
 *
 * <p>Every text of the admin UI lives in one English bundle, {@value #BUNDLE}; the views read it as
 * {@code #{msg['key']}} (registered in {@code faces-config.xml}), the beans through {@link #text},
 * {@link #info}, {@link #error} and {@link #errorAt}, which take a key and the {@link
 * MessageFormat} arguments of its pattern. Texts that already are text, such as the message of a
 * domain exception, go through {@link #infoText}, {@link #errorText} and {@link #errorTextAt}.
 *
 * <p>A pattern with arguments is a {@code MessageFormat} pattern (a quote is written {@code ''}); a
 * text without arguments is used as it is. A whole number given for a plain {@code {0}} is shown as
 * its digits ({@code 1234}, not {@code 1,234}), as revision numbers and counts always were.
 */
public final class Messages {

  /** The base name of the admin's resource bundle. */
  public static final String BUNDLE = "org.specworks.cms.web.admin.messages";

  private Messages() {}

  /**
   * The text of {@code key}, its arguments filled in. Needs no Faces request (the audit export and
   * the tests use it too). English: the admin has one language, {@code faces-config.xml}'s default
   * locale; should it learn another, this is where the request's locale comes in.
   */
  public static String text(String key, Object... arguments) {
    return format(ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH).getString(key), arguments);
  }

  /**
   * Fills {@code arguments} into {@code pattern}; a pattern without arguments is returned
   * unchanged.
   */
  static String format(String pattern, Object... arguments) {
    if (arguments == null || arguments.length == 0) {
      return pattern;
    }
    MessageFormat format = new MessageFormat(pattern, Locale.ENGLISH);
    Format[] formats = format.getFormatsByArgumentIndex();
    Object[] shown = arguments.clone();
    for (int i = 0; i < shown.length; i++) {
      boolean plain = i >= formats.length || formats[i] == null;
      if (plain
          && (shown[i] instanceof Long
              || shown[i] instanceof Integer
              || shown[i] instanceof Short)) {
        shown[i] = shown[i].toString();
      }
    }
    return format.format(shown);
  }

  public static void info(String key, Object... arguments) {
    infoText(text(key, arguments));
  }

  public static void error(String key, Object... arguments) {
    errorText(text(key, arguments));
  }

  /**
   * An error shown beside one input; {@code clientId} as in the XHTML, e.g. {@code editor:title}.
   */
  public static void errorAt(String clientId, String key, Object... arguments) {
    errorTextAt(clientId, text(key, arguments));
  }

  /**
   * Shows a text that is already text (a domain exception's message, or one made with {@link
   * #text}).
   */
  public static void infoText(String text) {
    add(null, FacesMessage.SEVERITY_INFO, text);
  }

  /**
   * Shows a text that is already text (a domain exception's message, or one made with {@link
   * #text}).
   */
  public static void errorText(String text) {
    add(null, FacesMessage.SEVERITY_ERROR, text);
  }

  /** A warning that is already text (a finding of a core service). */
  public static void warnText(String text) {
    add(null, FacesMessage.SEVERITY_WARN, text);
  }

  /** Beside one input, a text that is already text (a domain exception's message). */
  public static void errorTextAt(String clientId, String text) {
    add(clientId, FacesMessage.SEVERITY_ERROR, text);
  }

  /** Keeps this request's messages for the page the browser is redirected to. */
  public static void keepForRedirect() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }

  private static void add(String clientId, FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
  }
}
