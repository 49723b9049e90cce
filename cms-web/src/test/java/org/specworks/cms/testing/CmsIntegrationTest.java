package org.specworks.cms.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An Arquillian test against the shared deployment ({@link CmsDeployment}) on the database this
 * Failsafe run targets ({@link TargetDatabase}); skipped, with the reason, when that database
 * cannot be reached outside CI.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(TargetDatabase.class)
@ExtendWith(ArquillianExtension.class)
public @interface CmsIntegrationTest {}
