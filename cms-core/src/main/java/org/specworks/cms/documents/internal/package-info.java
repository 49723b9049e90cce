/** Persistence of stored files; only the documents feature uses it. */
package org.specworks.cms.documents.internal;
