/**
 * Click-through agreements: before a protected document downloads, the visitor accepts the current
 * published version of an agreement (the Document Use Agreement); each acceptance records exactly
 * which version, when, for which document, and a pseudonymous visitor reference. A new version of
 * the agreement makes earlier acceptances lapse.
 */
package org.specworks.cms.agreements;
