/** JPA queries behind the audit trail. */
package org.specworks.cms.audit.internal;
