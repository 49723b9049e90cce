/** JPA queries behind the workflow feature. */
package org.specworks.cms.workflow.internal;
