/** JPA queries behind the identity services. */
package org.specworks.cms.identity.internal;
