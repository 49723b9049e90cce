/**
 * The staff admin (Jakarta Faces + PrimeFaces): sign-in, the shared admin template's beans, and one
 * sub-package per feature screen. Every view under {@code /admin/} requires a staff role (web.xml),
 * and every action calls a core service that checks again.
 */
package org.specworks.cms.web.admin;
