/** The aggregate SQL behind the insights; portable between H2 2.x and PostgreSQL. */
package org.specworks.cms.insights.internal;
