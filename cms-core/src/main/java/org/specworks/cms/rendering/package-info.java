/**
 * Markdown to safe HTML: one renderer shared by the public site and the admin preview, so what an
 * editor previews is exactly what readers get. Output is always sanitised.
 */
package org.specworks.cms.rendering;
