/**
 * The site's initial content: parses the bundled Markdown seed (front matter + body) and imports
 * it, published, on first start. Importing again changes nothing.
 */
package org.specworks.cms.seed;
