package org.specworks.cms.web.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The bundle's texts with arguments, for the views: {@code #{texts.format('edit.submit', revision)}} where an
 * attribute needs one (a button's value, a message's detail) or the text has parts filled in. Texts without
 * arguments are read directly as {@code #{msg['key']}}. See {@link Messages}.
 */
@Named
@ApplicationScoped
public class Texts {

  public String format(String key, Object first) {
    return Messages.text(key, first);
  }

  public String format(String key, Object first, Object second) {
    return Messages.text(key, first, second);
  }

  public String format(String key, Object first, Object second, Object third) {
    return Messages.text(key, first, second, third);
  }
}
