/**
 * Staff accounts, their roles, and how passwords are hashed; the permission policy that says what
 * each role may do, and the administrators' permission-checked reading of the audit trail. The
 * public needs no account; editors, reviewers and administrators sign in to the admin with the
 * accounts kept here.
 */
package org.specworks.cms.identity;
