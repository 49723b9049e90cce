package org.specworks.cms.web.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import org.specworks.cms.web.support.ReadableTime;

/**
 * The bundle's texts with arguments, for the views: {@code #{texts.format('edit.submit',
 * revision)}} where an attribute needs one (a button's value, a message's detail) or the text has
 * parts filled in. Texts without arguments are read directly as {@code #{msg['key']}}. See {@link
 * Messages}.
 */
@Named
@ApplicationScoped
public class Texts {

  @Inject private ReadableTime readableTime;

  /** An instant as staff read it everywhere in the admin ({@link ReadableTime}). */
  public String time(Instant instant) {
    return readableTime.of(instant);
  }

  /**
   * A content path as HTML that wraps only between its parts ({@code <wbr>} after each "/" and
   * "-"), so a narrow table column never cuts a word of it.
   */
  public String breakablePath(Object path) {
    return path == null
        ? ""
        : org.specworks.cms.web.support.Html.escape(path.toString())
            .replace("/", "/<wbr>")
            .replace("-", "-<wbr>");
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
