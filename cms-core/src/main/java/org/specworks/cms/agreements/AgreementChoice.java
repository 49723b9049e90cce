package org.specworks.cms.agreements;

import java.io.Serializable;

/** A policy an editor may name as a document's agreement: its path and title. */
public record AgreementChoice(String path, String title) implements Serializable {

  private static final long serialVersionUID = 1L;
}
