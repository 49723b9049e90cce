package org.specworks.cms.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test (or a whole journey) that drives headless Chromium. Journeys run once, in the PostgreSQL
 * run (the production database): the embedded-H2 Failsafe run excludes this tag, while every
 * in-container test runs on both databases.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag(DrivesBrowser.TAG)
public @interface DrivesBrowser {
  String TAG = "browser";
}
