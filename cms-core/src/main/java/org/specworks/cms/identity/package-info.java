/**
 * Staff accounts, their roles, and how passwords are hashed. The public needs no account; editors, reviewers and
 * administrators sign in to the admin with the accounts kept here.
 */
package org.specworks.cms.identity;
