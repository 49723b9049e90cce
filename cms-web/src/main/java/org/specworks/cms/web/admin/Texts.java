package org.specworks.cms.web.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The bundle's texts with arguments, for the views: {@code #{texts.format('edit.submit',
 * revision)}} where an attribute needs one (a button's value, a message's detail) or the text has
 * parts filled in. Texts without arguments are read directly as {@code #{msg['key']}}. See {@link
 * Messages}.
 */
@Named
@ApplicationScoped
public class Texts {

  private static final DateTimeFormatter SHOWN_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  /** An instant as staff read it everywhere in the admin: "2026-11-25 09:30 UTC". */
  public String time(Instant instant) {
    return instant == null ? "" : SHOWN_TIME.format(instant);
  }

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
