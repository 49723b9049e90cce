/** JPA queries behind the content services; nothing outside {@code content} uses them directly. */
package org.specworks.cms.content.internal;
