package org.specworks.cms.agreements;

/**
 * One showing of an agreement's decision form: the token the form carries and the value the
 * visitor's form cookie must hold when the form comes back.
 */
public record AgreementForm(String token, String cookieValue) {}
