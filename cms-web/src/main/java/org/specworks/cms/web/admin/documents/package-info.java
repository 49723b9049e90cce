/** Uploaded files as staff see them before they are published. */
package org.specworks.cms.web.admin.documents;
