package org.specworks.cms.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test whose outcome does not depend on the database but which takes long enough to run it once:
 * in the PostgreSQL run (the production database) only; the embedded-H2 Failsafe run excludes this
 * tag.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag(ProductionDatabaseOnly.TAG)
public @interface ProductionDatabaseOnly {
  String TAG = "postgresql-only";
}
