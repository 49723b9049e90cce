/**
 * Small pieces every feature shares: the data source, schema migrations, the clock, common
 * exceptions.
 */
package org.specworks.cms.shared;
